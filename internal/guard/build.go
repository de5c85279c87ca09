package guard

// Settings are the check settings for one upstream, resolved from the config
// (global values merged with the server's own).
type Settings struct {
	Mode     Mode
	FailOpen bool

	MaxRequestBytes  int64 // 0: no limit
	MaxResponseBytes int64 // 0: no limit

	// Method lists, applied in order: the global lists, then the server's.
	MethodLists []MethodList
}

// MethodList is one allow/deny pair of method patterns.
type MethodList struct {
	Allow, Deny []string
}

// Build returns the checks for one upstream, in the order they run.
func Build(s Settings) []Check {
	var checks []Check
	// 1. Size first: the cheapest check, and it keeps oversized messages away
	//    from every check that would read them.
	if s.MaxRequestBytes > 0 || s.MaxResponseBytes > 0 {
		checks = append(checks, NewSizeCheck(s.MaxRequestBytes, s.MaxResponseBytes))
	}
	// 2. Method lists: refuse what the session may not do before any content
	//    check spends time on it.
	for _, l := range s.MethodLists {
		if len(l.Allow) > 0 || len(l.Deny) > 0 {
			checks = append(checks, NewMethodCheck(l.Allow, l.Deny))
		}
	}
	return checks
}
