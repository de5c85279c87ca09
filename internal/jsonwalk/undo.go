package jsonwalk

import (
	"strings"
	"unicode/utf8"
)

// Two ways of hiding a value from a data-loss scan need no encoding, and
// are what an injected instruction asks of an agent that is to send a key
// out unnoticed: write it backwards, or write it in pieces with a
// separator between them. Reversed and Unspaced undo them.

// minToken is the shortest token a reversed secret can be.
const minToken = 16

// HasLongToken reports whether s has a run of at least 16 bytes between
// blanks: a secret written backwards is one, and prose seldom has any.
func HasLongToken(s string) bool {
	n := 0
	for i := range len(s) {
		if isBlank(s[i]) {
			n = 0
		} else if n++; n == minToken {
			return true
		}
	}
	return false
}

// Reversed returns s written backwards, rune by rune ("…8fQ_phg"
// becomes "ghp_Qf8…"). All of s is turned, names and all: a secret found
// in it is one that its own shape gives away, not one that a name
// before it, now backwards, would vouch for.
func Reversed(s string) string {
	return string(appendReversed(make([]byte, 0, len(s)), s))
}

// appendReversed appends the runes of w to b in reverse order; a byte
// that is not UTF-8 counts as one rune.
func appendReversed(b []byte, w string) []byte {
	for j := len(w); j > 0; {
		_, n := utf8.DecodeLastRuneInString(w[:j])
		b = append(b, w[j-n:j]...)
		j -= n
	}
	return b
}

// Piece bounds of Unspaced.
const (
	maxPiece    = 8  // longest piece
	maxGap      = 3  // longest separator
	minPieces   = 4  // fewest pieces of a run
	minSingles  = 16 // fewest pieces of one character each
	pieceMinLen = 16 // fewest characters of a run, separators left out
)

// Unspaced returns s with the separators removed from inside each run of
// pieces of one length: "A K I A 2 E 3 Q …", "g-h-p-_-…", "AKIA 2E3Q ZT7H
// …". A piece is a run of letters, digits and underscores of one to eight
// bytes. A run has:
//   - at least four pieces, sixteen bytes of them (sixteen pieces, when
//     they are single characters);
//   - all pieces but the last as long as the first, and the last no
//     longer; a shorter last piece that a blank and more words follow is
//     left out ("… P9XW and then"), and so are two lowercase words after
//     pieces that were not ("… P9XW then more");
//   - the same separator between each two: one to three bytes of blanks
//     and "-.,:;|/*";
//   - when its pieces are longer than one character, one piece at least
//     with a capital, a digit or '_': lowercase words are prose.
//
// ok is false when s has no such run.
func Unspaced(s string) (string, bool) {
	var b []byte
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); {
		for i < len(s) && !pieceBytes[s[i]] {
			i++ // to the start of the next piece
		}
		if i == len(s) {
			break
		}
		end, ok := pieceRun(s, i)
		if !ok {
			i = end // past the first piece
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(b, s[done:i]...)
		for k := i; k < end; k++ {
			if pieceBytes[s[k]] {
				b = append(b, s[k])
			}
		}
		done, i = end, end
	}
	if b == nil {
		return "", false
	}
	return string(append(b, s[done:]...)), true
}

// pieceRun reads a run of pieces starting at s[i], the start of a piece,
// and returns its end when it qualifies (Unspaced), or the end of the
// first piece when it does not.
func pieceRun(s string, i int) (end int, ok bool) {
	l := pieceLen(s, i)
	if l > maxPiece {
		return i + l, false
	}
	gap := gapLen(s, i+l)
	if gap == 0 {
		return i + l, false
	}
	sep := s[i+l : i+l+gap]
	pieces, chars := 1, l
	end = i + l
	mixed := !lowerWord(s[i:end]) // a piece so far had a capital, a digit or '_'
	for {
		k := end + gap
		if k > len(s) || s[end:k] != sep {
			break
		}
		n := pieceLen(s, k)
		if n == 0 || n > l || n < l && k+n < len(s) && (s[k+n] == ' ' || s[k+n] == '\t') {
			// not a piece, a longer one, or a shorter one that more words
			// follow ("… P9XW and then"): the run ends before it
			break
		}
		if mixed && strings.TrimSpace(sep) == "" && lowerWord(s[k:k+n]) && k+n+gap < len(s) && lowerWord(s[k+n+gap:k+n+gap+pieceLen(s, k+n+gap)]) {
			break // two words of prose after a key in groups: "… P9XW then more"
		}
		mixed = mixed || !lowerWord(s[k:k+n])
		pieces++
		chars += n
		end = k + n
		if n < l {
			break // a shorter piece ends the run
		}
	}
	need := minPieces
	if l == 1 {
		need = minSingles
	}
	if pieces < need || chars < pieceMinLen || l > 1 && !mixed { // !mixed: words of prose, not pieces of a key
		return i + l, false
	}
	return end, true
}

// pieceLen is the length of the run of piece bytes at s[i:].
func pieceLen(s string, i int) int {
	j := i
	for j < len(s) && pieceBytes[s[j]] {
		j++
	}
	return j - i
}

// gapLen is the length of the separator at s[i:], 0 when there is none or
// it is longer than maxGap.
func gapLen(s string, i int) int {
	j := i
	for j < len(s) && sepBytes[s[j]] {
		j++
	}
	if j-i > maxGap {
		return 0
	}
	return j - i
}

// lowerWord reports whether w is lowercase letters only.
func lowerWord(w string) bool {
	for i := range len(w) {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// pieceBytes and sepBytes are the bytes of pieces and of separators.
var pieceBytes, sepBytes = func() (p, sep [256]bool) {
	for c := range 256 {
		p[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	for _, c := range []byte(" \t-.,:;|/*") {
		sep[c] = true
	}
	return p, sep
}()
