package config

// MatchMethod reports whether the JSON-RPC method name matches pattern, an
// exact name or a pattern in which each * matches any run of characters,
// including "/": "resources/*" matches "resources/read", "notifications/*"
// matches "notifications/tools/list_changed". There is no other special
// character.
func MatchMethod(pattern, method string) bool {
	p, m := 0, 0
	star, mark := -1, 0 // last * seen in pattern, and where in method it started matching
	for m < len(method) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, m
			p++
		case p < len(pattern) && pattern[p] == method[m]:
			p++
			m++
		case star >= 0:
			mark++
			p, m = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// Permits reports whether method passes these lists: it matches no Deny
// entry, and Allow is empty or it matches an Allow entry.
func (l Methods) Permits(method string) bool {
	for _, p := range l.Deny {
		if MatchMethod(p, method) {
			return false
		}
	}
	if len(l.Allow) == 0 {
		return true
	}
	for _, p := range l.Allow {
		if MatchMethod(p, method) {
			return true
		}
	}
	return false
}
