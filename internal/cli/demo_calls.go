package cli

import (
	"fmt"
	"strings"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// The scenes on calls and what comes back from them: each sends one
// tools/call (or two) and judges what the client got.

func sceneUnlisted(d *demo) (bool, string, error) {
	return expectDenied(d, "delete_all_notes", `{}`)
}

func sceneExfiltration(d *demo) (bool, string, error) {
	m, err := d.call("save_note", fmt.Sprintf(`{"text":"deploy creds: %s"}`, demoAWSKey))
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	if m, err = d.call("list_notes", `{}`); err != nil {
		return false, "", err
	}
	got, _ := resultText(m)
	return denied && !strings.Contains(got, demoAWSKey), fmt.Sprintf("%s; the server says: %q", brief(text), got), nil
}

func sceneSecretResult(d *demo) (bool, string, error) {
	m, err := d.call("show_settings", `{}`)
	if err != nil {
		return false, "", err
	}
	text, _ := resultText(m)
	ok := !strings.Contains(text, demoGitHubToken) && strings.Contains(text, "[REDACTED")
	return ok, fmt.Sprintf("the client got: %q", text), nil
}

func sceneInjection(d *demo) (bool, string, error) {
	m, err := d.call("fetch_page", `{"url":"https://recipes.example/pasta"}`)
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	switch {
	case denied:
		return true, brief(text), nil
	case strings.Contains(text, "<untrusted-data>"):
		head, _, _ := strings.Cut(text, "\n")
		return true, "wrapped as untrusted data: " + strings.TrimPrefix(head, "[mcpshield: "), nil
	}
	return false, fmt.Sprintf("the client got: %q", text), nil
}

func scenePolicy(d *demo) (bool, string, error) {
	return expectDenied(d, "delete_file", `{"path":"/home/user/notes.txt"}`)
}

func scenePayment(d *demo) (bool, string, error) {
	return expectDenied(d, "send_eth", `{"to":"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359","amount":5}`)
}

func sceneANSI(d *demo) (bool, string, error) {
	m, err := d.call("status", `{}`)
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	if denied {
		// the injection check read the command the escapes hid, once
		// they were stripped, and blocked the result outright
		return !strings.ContainsRune(text, 0x1b), "escapes stripped, and the command they hid blocked: " + brief(text), nil
	}
	return !strings.ContainsRune(text, 0x1b), fmt.Sprintf("escapes stripped, nothing hidden any more: %q", text), nil
}

func sceneSmuggling(d *demo) (bool, string, error) {
	d.session.id++
	m, err := d.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"read_file","name":"delete_all_notes","arguments":{}}}`, d.session.id))
	if err != nil {
		return false, "", err
	}
	return expectCode(m, jsonrpc.CodeInvalidRequest)
}

func sceneSampling(d *demo) (bool, string, error) {
	m, err := d.call("summarize", `{}`)
	if err != nil {
		return false, "", err
	}
	text, _ := resultText(m)
	return strings.HasPrefix(text, "sampling refused"), "the request never reached the client; the server was told: " + brief(text), nil
}

func sceneMemoryBomb(d *demo) (bool, string, error) {
	m, err := d.call("big_report", `{}`)
	if err != nil {
		return false, "", err
	}
	return expectCode(m, jsonrpc.CodeTooLarge)
}

func sceneGlitch(d *demo) (bool, string, error) {
	m, err := d.call("glitch", `{}`)
	if err != nil {
		return false, "", err
	}
	return expectCode(m, jsonrpc.CodeUpstream)
}

// expectDenied calls tool and expects the shield to refuse the call.
func expectDenied(d *demo, tool, arguments string) (bool, string, error) {
	m, err := d.call(tool, arguments)
	if err != nil {
		return false, "", err
	}
	text, denied := resultText(m)
	switch {
	case !denied:
		return false, fmt.Sprintf("the server answered: %q", text), nil
	case strings.HasPrefix(text, "denied"):
		return true, brief(text), nil
	}
	return true, "denied: " + brief(text), nil
}

// expectCode expects an error response with code.
func expectCode(m *jsonrpc.Message, code int) (bool, string, error) {
	text, _ := resultText(m)
	if got := errorCode(m); got != code {
		return false, fmt.Sprintf("the client got: %.200s", m.Raw), nil
	}
	return true, fmt.Sprintf("error %d: %s", code, brief(text)), nil
}
