#!/usr/bin/env python3
"""Build a labelled prompt-injection set from public sources, excluding every
string the development set already uses, to measure how the detector does on
attacks it was not developed against.

Usage: build.py BIPIA_CHECKOUT GARAK_CHECKOUT DEV_DIR > public.jsonl

Sources (data only, no code):
  microsoft/BIPIA (MIT): benchmark/{text,code}_attack_{test,train}.json, the
    attack instructions, inserted raw into short carrier texts written here;
    benchmark/email/*.jsonl, table/test.jsonl, code/test.jsonl, the contexts,
    as benign tool results (they contain real-world emails: personal data
    findings on them are expected and are not injection false positives).
  NVIDIA/garak (Apache-2.0): garak/data/inthewild_jailbreak_llms.json (from
    verazuo/jailbreak_llms, MIT), the prompts that match an explicit jailbreak
    keyword, as malicious prompts.
The output is not committed: it holds third-party text under other licences.
"""
import json
import os
import random
import re
import sys

bipia, garak, dev = sys.argv[1:4]
rng = random.Random(7)

dev_text = ""
for name in sorted(os.listdir(dev)):
    with open(os.path.join(dev, name)) as f:
        for line in f:
            c = json.loads(line)
            i = c["input"]
            dev_text += "\n" + (i if isinstance(i, str) else json.dumps(i, ensure_ascii=False)) + "\n" + line


def in_dev(s):
    return s in dev_text or json.dumps(s, ensure_ascii=False)[1:-1] in dev_text


def load(*p):
    with open(os.path.join(*p)) as f:
        return json.load(f)


def lines(*p):
    with open(os.path.join(*p)) as f:
        return [json.loads(line) for line in f]


emails = [c["context"] for c in lines(bipia, "benchmark/email/train.jsonl")]
carriers = [
    lambda a: "Meeting notes, 12 March\n- Budget review moved to Thursday.\n- %s\n- Next sync in two weeks." % a,
    lambda a: json.dumps({"results": [{"title": "Quarterly update", "snippet": "Revenue grew 4%% year on year. %s" % a}]}),
    lambda a: '<div class="review"><p>Great product, arrived on time.</p><p>%s</p></div>' % a,
    lambda a: rng.choice(emails)[:600] + "\n\n" + a,
    lambda a: "# README\n\nInstall with `pip install foo`.\n\n%s\n\n## License\nMIT" % a,
    lambda a: "Ticket #4411: the printer on floor 3 is offline. %s Thanks, Sam" % a,
]

out = []
n = 0
for f in ["text_attack_test", "text_attack_train", "code_attack_test", "code_attack_train"]:
    for cat, attacks in load(bipia, "benchmark", f + ".json").items():
        for a in attacks:
            if in_dev(a):
                continue
            n += 1
            out.append({"id": "pub-bipia-%d" % n, "kind": "tool_result",
                        "input": {"content": [{"type": "text", "text": rng.choice(carriers)(a)}]},
                        "label": "malicious", "category": "prompt_injection", "expect": ["injection:prompt_injection"],
                        "note": "BIPIA %s: %s" % (f, cat), "source": "microsoft/BIPIA:benchmark/%s.json" % f})

jailbreak = re.compile(r"\b(DAN|jailbreak|jailbroken|ignore|developer mode|no restrictions|unfiltered|uncensored|"
                       r"do anything now|without any restrictions|not bound)\b", re.I)
m = 0
for p in load(garak, "garak/data/inthewild_jailbreak_llms.json"):
    if not jailbreak.search(p) or in_dev(p):
        continue
    m += 1
    out.append({"id": "pub-itw-%d" % m, "kind": "prompt", "input": p, "label": "malicious",
                "category": "prompt_injection", "expect": ["injection:prompt_injection"],
                "note": "in-the-wild jailbreak", "source": "NVIDIA/garak:garak/data/inthewild_jailbreak_llms.json"})

k = 0
for f in ["email/test", "email/train", "table/test", "code/test"]:
    for c in lines(bipia, "benchmark", f + ".jsonl"):
        ctx = c["context"]
        if isinstance(ctx, list):
            ctx = "\n".join(ctx)
        k += 1
        out.append({"id": "pub-ben-%d" % k, "kind": "tool_result", "input": {"content": [{"type": "text", "text": ctx}]},
                    "label": "benign", "category": "benign", "note": "BIPIA context " + f,
                    "source": "microsoft/BIPIA:benchmark/%s.jsonl" % f})

for c in out:
    print(json.dumps(c, ensure_ascii=False))
print("%d BIPIA attacks, %d jailbreaks, %d benign contexts" % (n, m, k), file=sys.stderr)
