package capture

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

type limits struct{ pages, items int }

// list reads every page of a list method; key is the result member that
// holds the items.
func (s *session) list(ctx context.Context, method, key string, lim limits) ([]json.RawMessage, error) {
	items := []json.RawMessage{}
	var cursor string
	seen := make(map[string]bool)
	for page := 1; ; page++ {
		var params struct {
			Cursor string `json:"cursor,omitempty"`
		}
		params.Cursor = cursor
		res, err := s.call(ctx, method, &params)
		if err != nil {
			return nil, pageErr(page, err)
		}
		got, next, err := listPage(res, key)
		if err != nil {
			return nil, pageErr(page, err)
		}
		if len(items)+len(got) > lim.items {
			return nil, fmt.Errorf("more than %d items", lim.items)
		}
		items = append(items, got...)
		if next == "" {
			return items, nil
		}
		if page >= lim.pages {
			return nil, fmt.Errorf("more than %d pages", lim.pages)
		}
		if seen[next] {
			return nil, pageErr(page, fmt.Errorf("the server repeated the cursor %q", printable(next, 64)))
		}
		seen[next] = true
		cursor = next
	}
}

func pageErr(page int, err error) error {
	if page == 1 {
		return err
	}
	return fmt.Errorf("page %d: %w", page, err)
}

// listPage reads one page of a list result: its items, each checked to be
// an object, and its nextCursor ("" on the last page). A null list is an
// empty one; a missing one is an error.
func listPage(res json.RawMessage, key string) (items []json.RawMessage, next string, err error) {
	if len(res) == 0 || res[0] != '{' {
		return nil, "", errors.New("the answer is not an object")
	}
	raw := jsonrpc.Member(res, key)
	if raw == nil {
		return nil, "", fmt.Errorf("the answer has no %q list", key)
	}
	if string(raw) != "null" {
		if raw[0] != '[' {
			return nil, "", fmt.Errorf("%q is not an array", key)
		}
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, "", fmt.Errorf("reading %q: %w", key, err)
		}
	}
	for i, it := range items {
		if len(it) == 0 || it[0] != '{' {
			return nil, "", fmt.Errorf("%s[%d] is not an object", key, i)
		}
	}
	if c := jsonrpc.Member(res, "nextCursor"); c != nil && string(c) != "null" {
		var ok bool
		if next, ok = jsonrpc.String(c); !ok {
			return nil, "", errors.New("nextCursor is not a string")
		}
	}
	return items, next, nil
}
