package config

import "strings"

// suggest returns the candidate closest to name when it is close enough to
// be a likely typo ("comand" for "command"), else "".
func suggest(name string, candidates []string) string {
	best, bestDist := "", len(name)/2+1
	if bestDist > 3 {
		bestDist = 3
	}
	lower := strings.ToLower(name)
	for _, c := range candidates {
		if d := editDistance(lower, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return max(len(a), len(b)) // not worth the work for a typo hint
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
