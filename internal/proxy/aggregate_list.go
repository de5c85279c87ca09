package proxy

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// Bounds of the shield's own requests to the upstreams.
const (
	// aggMaxPages bounds the pages read from one server for one list.
	aggMaxPages = 100
	// aggCallTimeout bounds the wait for one answer to the shield's own
	// requests (list pages, logging/setLevel), so that one server that does
	// not answer cannot hold a list from the others for ever.
	aggCallTimeout = 60 * time.Second
)

func (a *aggConn) callContext() (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(a.ctx, aggCallTimeout, fmt.Errorf("no answer within %v", aggCallTimeout))
}

// aggListSpec describes a list method: the result member that holds the
// items, and the server capability (also the list_changed name) it needs.
type aggListSpec struct {
	key, feature string
}

func aggListOf(method string) aggListSpec {
	switch method {
	case "tools/list":
		return aggListSpec{"tools", "tools"}
	case "prompts/list":
		return aggListSpec{"prompts", "prompts"}
	case "resources/list":
		return aggListSpec{"resources", "resources"}
	}
	return aggListSpec{"resourceTemplates", "resources"}
}

// aggResIndex tells which server serves a resource URI.
type aggResIndex struct {
	uris      map[string]*aggUp
	templates []aggTemplate // in config order
	// known says both lists were read since the last change a server
	// announced or the last server that ended.
	known bool
}

type aggTemplate struct {
	up  *aggUp
	raw string
	re  *regexp.Regexp
}

// list answers a list request with every server's items in one page.
func (a *aggConn) list(m *jsonrpc.Message) {
	if jsonrpc.Member(m.Params, "cursor") != nil {
		a.toClient(jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeInvalidParams,
			"mcpshield: invalid cursor: the aggregated endpoint answers lists in one page", nil))
		return
	}
	spec := aggListOf(m.Method)
	a.mu.Lock()
	delete(a.listDirty, spec.feature)
	a.mu.Unlock()
	ups, lists, errs := a.fanOut(m.Method, spec, m.Params)
	if len(ups) > 0 && len(errs) == len(ups) {
		a.toClient(jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeUpstream,
			fmt.Sprintf("mcpshield: no upstream server answered %s: %s", m.Method, strings.Join(errs, "; ")), nil))
		return
	}
	items := a.merge(m.Method, ups, lists)
	a.toClient(jsonrpc.ResultResponse(m.ID, aggListResult(spec.key, items)))
}

// fanOut reads the list from every live server with the capability, at
// once. lists[i] is nil for a server that failed; errs describes those.
func (a *aggConn) fanOut(method string, spec aggListSpec, params []byte) (ups []*aggUp, lists [][]json.RawMessage, errs []string) {
	for _, up := range a.live() {
		if up.has(spec.feature) {
			ups = append(ups, up)
		}
	}
	lists = make([][]json.RawMessage, len(ups))
	failed := make([]error, len(ups))
	var wg sync.WaitGroup
	for i, up := range ups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := a.callContext()
			defer cancel()
			lists[i], failed[i] = up.listAll(ctx, method, spec.key, params)
		}()
	}
	wg.Wait()
	for i, err := range failed {
		if err != nil {
			ups[i].logger.Warn("listing failed; the server's items are left out", "method", method, "error", err)
			errs = append(errs, fmt.Sprintf("%s: %v", ups[i].name, err))
		}
	}
	return ups, lists, errs
}

// listAll reads every page of a list from the server.
func (up *aggUp) listAll(ctx context.Context, method, key string, params []byte) ([]json.RawMessage, error) {
	var items []json.RawMessage
	p := params
	for range aggMaxPages {
		res, err := up.call(ctx, method, p)
		if err != nil {
			return nil, err
		}
		if res.Kind == jsonrpc.KindError {
			return nil, fmt.Errorf("the server answered %s", errorText(res.Error))
		}
		var page []json.RawMessage
		if raw := jsonrpc.Member(res.Result, key); raw != nil && string(raw) != "null" {
			if err := json.Unmarshal(raw, &page); err != nil {
				return nil, fmt.Errorf("%s result: %w", method, err)
			}
		}
		items = append(items, page...)
		cursor := jsonrpc.Member(res.Result, "nextCursor")
		if s, ok := jsonrpc.String(cursor); !ok || s == "" {
			return items, nil
		}
		p = aggSetMember(params, "cursor", cursor)
	}
	up.logger.Warn("stopped reading a list at the page limit", "method", method, "pages", aggMaxPages)
	return items, nil
}

// merge joins the servers' items in config order: tools and prompts
// renamed, resources and templates recorded for routing (a URI or template
// listed by two servers is the first one's; the other's is left out).
func (a *aggConn) merge(method string, ups []*aggUp, lists [][]json.RawMessage) [][]byte {
	var out [][]byte
	switch method {
	case "tools/list", "prompts/list":
		for i, up := range ups {
			for _, item := range lists[i] {
				raw := jsonrpc.Member(item, "name")
				name, ok := jsonrpc.String(raw)
				if !ok {
					up.logger.Warn("list item without a name; left out", "method", method)
					continue
				}
				out = append(out, aggSplice(item, aggEdit{raw, jsonrpc.Quote(up.name + AggregateSeparator + name)}))
			}
		}
	case "resources/list":
		uris := make(map[string]*aggUp)
		for i, up := range ups {
			for _, item := range lists[i] {
				uri, ok := jsonrpc.String(jsonrpc.Member(item, "uri"))
				if !ok {
					up.logger.Warn("resource without a uri; left out")
					continue
				}
				if first := uris[uri]; first != nil {
					if first != up {
						a.logger.Warn("two servers list the same resource; the first in config order serves it",
							"uri", uri, "server", first.name, "other", up.name)
					}
					continue
				}
				uris[uri] = up
				out = append(out, item)
			}
		}
		a.mu.Lock()
		a.res.uris = uris
		a.mu.Unlock()
	default: // resources/templates/list
		var ts []aggTemplate
		seen := make(map[string]*aggUp)
		for i, up := range ups {
			for _, item := range lists[i] {
				t, ok := jsonrpc.String(jsonrpc.Member(item, "uriTemplate"))
				if !ok {
					up.logger.Warn("resource template without a uriTemplate; left out")
					continue
				}
				if first := seen[t]; first != nil {
					a.logger.Warn("two servers list the same resource template; the first in config order serves it",
						"template", t, "server", first.name, "other", up.name)
					continue
				}
				seen[t] = up
				out = append(out, item)
				re, err := aggCompileTemplate(t)
				if err != nil {
					up.logger.Warn("resource template not used for routing", "template", t, "error", err)
				}
				ts = append(ts, aggTemplate{up: up, raw: t, re: re})
			}
		}
		a.mu.Lock()
		a.res.templates = ts
		a.mu.Unlock()
	}
	return out
}

func aggListResult(key string, items [][]byte) []byte {
	n := len(key) + 8
	for _, it := range items {
		n += len(it) + 1
	}
	b := make([]byte, 0, n)
	b = append(b, '{')
	b = append(b, jsonrpc.Quote(key)...)
	b = append(b, ":["...)
	for i, it := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, it...)
	}
	return append(b, "]}"...)
}

// resourceOwner returns the live server that serves uri, by its resources
// then its templates, and whether the index may be out of date.
func (a *aggConn) resourceOwner(uri string) (up *aggUp, stale bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if up := a.res.uris[uri]; up != nil && !up.isDead() {
		return up, false
	}
	for _, t := range a.res.templates {
		if (t.raw == uri || t.re != nil && t.re.MatchString(uri)) && !t.up.isDead() {
			return t.up, false
		}
	}
	return nil, !a.res.known
}

// indexResources reads the resource and template lists of every server to
// learn who serves what.
func (a *aggConn) indexResources() {
	for _, method := range []string{"resources/list", "resources/templates/list"} {
		ups, lists, _ := a.fanOut(method, aggListOf(method), nil)
		a.merge(method, ups, lists)
	}
	a.mu.Lock()
	a.res.known = true
	a.mu.Unlock()
}
