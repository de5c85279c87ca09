#!/usr/bin/env python3
"""Write real users' chat prompts as benign prompt cases, from a checkout of
lmarena/arena-hard-auto (Apache-2.0): data/arena-hard-v0.1/question.jsonl
(500 prompts) and data/arena-hard-v2.0/question.jsonl (750), prompts people
typed into Chatbot Arena: coding, maths and creative writing, role
set-ups ("You are an expert project planner... Your task is"), pasted
documents, about a tenth not in English.

Usage: arena.py ARENA_CHECKOUT [all|even|odd] > arena.jsonl

The linear model trains on them as benign prompts; "even" and "odd" are
the halves its cross-validation trained on and held out, in turn. The
output is not committed: it is third-party text.
"""
import json
import os
import sys

root = sys.argv[1]
half = sys.argv[2] if len(sys.argv) > 2 else "all"
prompts = []
for name in ["arena-hard-v0.1", "arena-hard-v2.0"]:
    with open(os.path.join(root, "data", name, "question.jsonl")) as f:
        for line in f:
            q = json.loads(line)
            p = q.get("prompt") or q.get("turns", [{}])[0].get("content")
            if p:
                prompts.append(p)
for i, p in enumerate(prompts):
    if half == "even" and i % 2 or half == "odd" and i % 2 == 0:
        continue
    print(json.dumps({"id": "arena-%04d" % i, "kind": "prompt", "input": p, "label": "benign",
                      "category": "benign", "note": "[und] Chatbot Arena prompt (arena-hard-auto)"}, ensure_ascii=False))
