package guard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/ansi"
	uni "github.com/mcpshield/mcpshield/internal/detect/unicode"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// serverTexts are the members of an initialize result that reach the model
// or the user as the server's own words: its instructions, which many
// clients put in the model's system prompt, and serverInfo's title and
// description. A server can poison them as it can a tool's description.
var serverTexts = []struct {
	path []string
	what string
}{
	{[]string{"instructions"}, "instructions"},
	{[]string{"serverInfo", "title"}, "serverInfo.title"},
	{[]string{"serverInfo", "description"}, "serverInfo.description"},
}

// withheldText takes the place of a poisoned server text. It says nothing
// of what the text said: quoting it would pass the attack on.
const withheldText = "[mcpshield: withheld: this text carried instructions for the model; see the gateway's log]"

// inspectServerTexts scans the server's texts in an initialize or
// server/discover result: a text with a blocking finding is replaced by
// withheldText (unless findings are only reported), invisible and control
// characters are removed from the rest.
func (c *integrityCheck) inspectServerTexts(ctx context.Context, msg *jsonrpc.Message) (Decision, error) {
	if msg.Result == nil {
		return Allowed, nil
	}
	result := msg.Result
	var withheld, reported, cleaned []string
	for _, t := range serverTexts {
		raw := memberAt(result, t.path)
		s, ok := jsonrpc.String(raw)
		if !ok || s == "" {
			continue
		}
		scan := c.scans.text(s)
		repl := ""
		switch {
		case scan.blocking != nil && c.o.OnFinding != ReportOnly:
			withheld = append(withheld, fmt.Sprintf("%s: %s (%s)", t.what, scan.blocking.Explanation, scan.blocking.Type))
			c.o.Logger.LogAttrs(ctx, slog.LevelWarn, "server text withheld", slog.String("server", c.o.Server),
				slog.String("member", t.what), slog.String("reason", scan.blocking.Explanation))
			repl = withheldText
		default:
			if f := firstAtLeast(scan.findings, detect.Medium); f != nil {
				reported = append(reported, fmt.Sprintf("%s: %s (%s, %s)", t.what, f.Explanation, f.Type, f.Severity))
			}
			changed := false
			if clean := stripText(s, &changed); changed {
				cleaned = append(cleaned, t.what)
				repl = clean
			}
		}
		if repl == "" {
			continue
		}
		out, err := splice(result, raw, jsonrpc.Quote(repl))
		if err != nil {
			return Decision{}, err
		}
		result = out
	}
	var parts []string
	if len(withheld) > 0 {
		parts = append(parts, fmt.Sprintf("withheld from %s: %s", c.o.Server, strings.Join(withheld, "; ")))
	}
	if len(cleaned) > 0 {
		parts = append(parts, fmt.Sprintf("stripped invisible or control characters from the %s of %s", strings.Join(cleaned, " and "), c.o.Server))
	}
	if len(reported) > 0 {
		parts = append(parts, fmt.Sprintf("findings in the server texts of %s: %s", c.o.Server, strings.Join(reported, "; ")))
	}
	switch {
	case len(withheld)+len(cleaned) > 0:
		out, err := withResult(msg, result)
		if err != nil {
			return Decision{}, err
		}
		return Modified(out, strings.Join(parts, "; also: ")), nil
	case len(reported) > 0:
		return Reported("%s", parts[0]), nil
	}
	return Allowed, nil
}

// memberAt is the member of obj at path, nil when absent.
func memberAt(obj []byte, path []string) []byte {
	for _, k := range path {
		if obj = jsonrpc.Member(obj, k); obj == nil {
			return nil
		}
	}
	return obj
}

// firstAtLeast is the first of fs of severity sev or more, nil if none.
func firstAtLeast(fs []detect.Finding, sev detect.Severity) *detect.Finding {
	for i := range fs {
		if fs[i].Severity >= sev {
			return &fs[i]
		}
	}
	return nil
}

// text scans a server's text that is not part of a definition (the
// server's instructions, a resource's description), once per text: for
// poisoning as guidance for the model is scanned (ScanInstructions), for
// hidden Unicode and escape sequences.
func (c *scanCache) text(s string) *scanResult {
	sum := sha256.Sum256([]byte(s))
	key := "text:" + hex.EncodeToString(sum[:])
	c.mu.Lock()
	r, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return r
	}
	fs := c.det.ScanInstructions(s)
	fs = append(fs, uni.Scan(s)...)
	r = &scanResult{findings: append(fs, ansi.ScanDefinition(s)...)}
	r.blocking = firstBlocking(r.findings)
	c.mu.Lock()
	if len(c.m) >= maxScanCache {
		clear(c.m)
	}
	c.m[key] = r
	c.mu.Unlock()
	return r
}

// firstBlocking is the first finding of fs that blocks, nil if none.
func firstBlocking(fs []detect.Finding) *detect.Finding {
	for i := range fs {
		if fs[i].Blocking() {
			return &fs[i]
		}
	}
	return nil
}

// resourceFields are the members of a listed resource that describe it to
// the model and the user.
type resourceFields struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

// inspectResources scans the resources of a resources/list result. They
// are data and change as the data does, so they are not pinned; but their
// names and descriptions reach the model as the server's words, and a
// resource whose text has a blocking finding is withheld from the listing
// (unless findings are only reported).
func (c *integrityCheck) inspectResources(ctx context.Context, msg *jsonrpc.Message) (Decision, error) {
	arr := jsonrpc.Member(msg.Result, "resources")
	if arr == nil {
		return Allowed, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(arr, &raws); err != nil {
		return Denied(jsonrpc.CodeUpstream, "%s listed resources that are not a JSON array of objects", c.o.Server), nil
	}
	changed := false
	out := make([]json.RawMessage, 0, len(raws))
	var withheld, reported []string
	for i, raw := range raws {
		var f resourceFields
		if err := json.Unmarshal(raw, &f); err != nil {
			// one malformed entry does not cost the client the others
			changed = true
			withheld = append(withheld, fmt.Sprintf("resource #%d: not a resource object: %v", i, err))
			continue
		}
		name := f.Name
		if name == "" {
			name = fmt.Sprintf("#%d", i)
		}
		var text strings.Builder
		for _, s := range []string{f.Name, f.Title, f.Description} {
			if s != "" {
				text.WriteString(s + "\n")
			}
		}
		scan := c.scans.text(text.String())
		if scan.blocking != nil && c.o.OnFinding != ReportOnly {
			changed = true
			withheld = append(withheld, fmt.Sprintf("resource %q: %s (%s)", name, scan.blocking.Explanation, scan.blocking.Type))
			c.o.Logger.LogAttrs(ctx, slog.LevelWarn, "resource withheld", slog.String("server", c.o.Server),
				slog.String("name", name), slog.String("reason", scan.blocking.Explanation))
			continue
		}
		if f := firstAtLeast(scan.findings, detect.Medium); f != nil {
			reported = append(reported, fmt.Sprintf("resource %q: %s (%s, %s)", name, f.Explanation, f.Type, f.Severity))
		}
		if s := stripDefinition(raw); s != nil {
			changed = true
			out = append(out, s)
			continue
		}
		out = append(out, raw)
	}
	if !changed {
		if len(reported) > 0 {
			return Reported("findings in resources of %s: %s", c.o.Server, strings.Join(reported, "; ")), nil
		}
		return Allowed, nil
	}
	res, err := replaceMember(msg, "resources", out)
	if err != nil {
		return Decision{}, err
	}
	reason := fmt.Sprintf("stripped invisible or control characters from resources of %s", c.o.Server)
	if len(withheld) > 0 {
		reason = fmt.Sprintf("withheld from %s: %s", c.o.Server, strings.Join(withheld, "; "))
	}
	if len(reported) > 0 {
		reason += "; also: " + strings.Join(reported, "; ")
	}
	return Modified(res, reason), nil
}
