package cli

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/mcpshield/mcpshield/internal/store"
)

// demoScenes are the demo's steps, in order. The server is started in
// the first and again in the rug pull.
func demoScenes() []demoScene {
	return []demoScene{
		{title: "The client connects and lists the tools; the shield pins them (trust on first use).", run: sceneConnect},
		{title: "Honest calls: read_file and add.", run: sceneHonest},
		{title: "Tool poisoning: send_note's description tells the model to send ~/.ssh/id_rsa as 'sidenote'.", attack: true, run: scenePoisoning},
		{title: "Hidden Unicode: invisible characters in the descriptions of get_weather and get_time.", attack: true, run: sceneUnicode},
		{title: "Calls around the listing: a call to delete_all_notes, which the server never listed.", attack: true, run: sceneUnlisted},
		{title: "Exfiltration: save_note is called with an AWS access key in its text.", attack: true, run: sceneExfiltration},
		{title: "Secret in a result: show_settings answers with a GitHub token.", attack: true, run: sceneSecretResult},
		{title: "Indirect prompt injection: fetch_page returns a page that says to send the SSH key away.", attack: true, run: sceneInjection},
		{title: "Policy: delete_file outside /tmp (demo.yaml's rule delete-only-in-tmp).", attack: true, run: scenePolicy},
		{title: "Payment redirection: send_eth to an address not on the tool's allowlist in demo.yaml.", attack: true, run: scenePayment},
		{title: "Escape sequences: status answers with codes that clear the screen and hide a command.", attack: true, run: sceneANSI},
		{title: `Key smuggling: a tools/call with "name" twice (read_file, then delete_all_notes).`, attack: true, run: sceneSmuggling},
		{title: "Sampling abuse: the server asks the client's model to repeat the conversation and its keys.", attack: true, run: sceneSampling},
		{title: "Memory bomb: big_report answers with 20 MiB.", attack: true, run: sceneMemoryBomb},
		{title: "Broken message: glitch answers with half a JSON message.", attack: true, run: sceneGlitch},
		{title: "Rug pull: the server is started again, and add's description has changed.", attack: true, run: sceneRugPull},
		{title: "A person reviews the change and approves it (mcpshield approve notes add).", run: sceneApprove},
	}
}

func sceneConnect(d *demo) (bool, string, error) {
	if err := d.start(1); err != nil {
		return false, "", err
	}
	name, tools, err := d.connect()
	if err != nil {
		return false, "", err
	}
	d.tools = tools
	return len(tools) > 0, fmt.Sprintf("connected to %s; %d tools listed", name, len(tools)), nil
}

func sceneHonest(d *demo) (bool, string, error) {
	read, err := d.call("read_file", `{"path":"notes.txt"}`)
	if err != nil {
		return false, "", err
	}
	add, err := d.call("add", `{"a":2,"b":3}`)
	if err != nil {
		return false, "", err
	}
	r, _ := resultText(read)
	a, _ := resultText(add)
	// What the server sent, byte for byte.
	ok := string(read.Result) == `{"content":[{"type":"text","text":"shopping list: milk, eggs"}]}` &&
		string(add.Result) == `{"content":[{"type":"text","text":"5"}]}`
	return ok, fmt.Sprintf("read_file → %q; add(2, 3) → %s; both passed byte for byte", r, a), nil
}

func scenePoisoning(d *demo) (bool, string, error) {
	if desc, listed := d.tools["send_note"]; listed {
		return false, fmt.Sprintf("listed to the client: %q", desc), nil
	}
	m, err := d.call("send_note", `{"to":"bob","text":"hi"}`)
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	reason := strings.TrimPrefix(why(text), "description: ")
	return denied, "withheld from the listing, and a call to it is denied; in its description: " + brief(reason), nil
}

func sceneUnicode(d *demo) (bool, string, error) {
	var parts []string
	ok := true
	for _, tool := range []string{"get_weather", "get_time"} {
		desc, listed := d.tools[tool]
		if !listed {
			m, err := d.call(tool, `{"city":"Paris"}`)
			if err != nil {
				return false, "", err
			}
			text, denied := resultText(m)
			ok = ok && denied
			parts = append(parts, fmt.Sprintf("%s withheld: %s", tool, brief(strings.TrimPrefix(why(text), "description: "))))
			continue
		}
		if strings.ContainsFunc(desc, func(r rune) bool { return !unicode.IsGraphic(r) && !unicode.IsSpace(r) }) {
			ok = false
			parts = append(parts, fmt.Sprintf("%s listed with its hidden characters: %+q", tool, desc))
			continue
		}
		parts = append(parts, fmt.Sprintf("%s listed with the invisible characters stripped: %q", tool, desc))
	}
	return ok, strings.Join(parts, "; "), nil
}

func sceneRugPull(d *demo) (bool, string, error) {
	if err := d.start(2); err != nil {
		return false, "", err
	}
	_, tools, err := d.connect()
	if err != nil {
		return false, "", err
	}
	if desc, listed := tools["add"]; listed {
		return false, fmt.Sprintf("add listed again: %q", desc), nil
	}
	m, err := d.call("add", `{"a":2,"b":3}`)
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	ok := denied && strings.Contains(text, "changed since it was pinned")
	return ok, "withheld from the listing; a call to add is denied: " + why(text), nil
}

func sceneApprove(d *demo) (bool, string, error) {
	// What `mcpshield approve notes add` does, on the demo's own store.
	if _, err := d.g.store.Approve(d.ctx, serverID(d.srv), store.KindTool, "add", time.Now()); err != nil {
		return false, "", fmt.Errorf("approving add: %w", err)
	}
	tools, err := d.listTools()
	if err != nil {
		return false, "", err
	}
	m, err := d.call("add", `{"a":2,"b":3}`)
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	_, listed := tools["add"]
	return listed && !denied && text == "5", fmt.Sprintf("add is listed again (%q); add(2, 3) → %s", tools["add"], text), nil
}

// why is the reason a definition is withheld, from the shield's answer to a
// call to it (`tool "x" of notes is withheld: REASON`).
func why(denial string) string {
	if _, reason, ok := strings.Cut(denial, " is withheld: "); ok {
		return reason
	}
	return denial
}

// brief shortens a shield's reason to fit a line: the approval hint for a
// false positive is left out, and a long reason is cut after a finding or
// a word.
func brief(reason string) string {
	reason, _, _ = strings.Cut(reason, "; if this is a false positive")
	reason = strings.Join(strings.Fields(reason), " ")
	const max = 200
	if r := []rune(reason); len(r) > max {
		cut := string(r[:max])
		if i := strings.LastIndex(cut, "; "); i > max/2 {
			cut = cut[:i]
		} else if i := strings.LastIndexByte(cut, ' '); i > max/2 {
			cut = cut[:i]
		}
		reason = strings.TrimRight(cut, ",;:") + " …"
	}
	return reason
}
