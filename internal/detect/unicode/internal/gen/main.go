// Command gen writes confusables_table.go, the homoglyph table of package
// unicode, from Unicode's confusables data as packaged in the npm package
// unhomoglyph (MIT): its data.json maps each confusable character to its
// prototype, the string of characters it looks like.
//
// Usage (see the go:generate lines in ../../confusables.go):
//
//	go run ./internal/gen -in unhomoglyph-1.0.6.tgz -out confusables_table.go
//
// -in is the package tarball that `npm pack unhomoglyph@VERSION` downloads,
// or a data.json (then the package.json beside it, if any, names the
// version). The output is sorted by code point and the same for the same
// input.
package main

import (
	"archive/tar"
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	in := flag.String("in", "", "unhomoglyph npm tarball (.tgz) or its data.json")
	out := flag.String("out", "confusables_table.go", "Go file to write")
	flag.Parse()
	if *in == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	src, err := readSource(in)
	if err != nil {
		return err
	}
	entries, err := parse(src.data)
	if err != nil {
		return fmt.Errorf("parsing %s: %w", in, err)
	}
	code, err := render(src, entries)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, code, 0o644); err != nil {
		return fmt.Errorf("writing table: %w", err)
	}
	return nil
}

// source is what the generator read: the data and where it came from.
type source struct {
	data      []byte // data.json
	version   string // the package's version, or "" if unknown
	integrity string // npm's dist.integrity of the tarball, or ""
}

// readSource reads data.json and the package version from a tarball or
// from a data.json file.
func readSource(in string) (source, error) {
	raw, err := os.ReadFile(in)
	if err != nil {
		return source{}, fmt.Errorf("reading input: %w", err)
	}
	if strings.HasSuffix(in, ".json") {
		src := source{data: raw}
		if pj, err := os.ReadFile(filepath.Join(filepath.Dir(in), "package.json")); err == nil {
			src.version, err = packageVersion(pj)
			if err != nil {
				return source{}, err
			}
		}
		return src, nil
	}
	sum := sha512.Sum512(raw)
	src := source{integrity: "sha512-" + base64.StdEncoding.EncodeToString(sum[:])}
	files, err := untar(raw, "package/data.json", "package/package.json")
	if err != nil {
		return source{}, fmt.Errorf("reading %s: %w", in, err)
	}
	src.data = files["package/data.json"]
	if src.version, err = packageVersion(files["package/package.json"]); err != nil {
		return source{}, fmt.Errorf("reading %s: %w", in, err)
	}
	return src, nil
}

// untar returns the named files of a gzipped tarball, all of which must be
// there.
func untar(tgz []byte, names ...string) (map[string][]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	files := map[string][]byte{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if slices.Contains(names, h.Name) {
			if files[h.Name], err = io.ReadAll(tr); err != nil {
				return nil, err
			}
		}
	}
	for _, n := range names {
		if _, ok := files[n]; !ok {
			return nil, fmt.Errorf("no %s in the tarball", n)
		}
	}
	return files, nil
}

func packageVersion(pj []byte) (string, error) {
	var p struct{ Name, Version string }
	if err := json.Unmarshal(pj, &p); err != nil {
		return "", fmt.Errorf("reading package.json: %w", err)
	}
	if p.Name != "unhomoglyph" {
		return "", fmt.Errorf("package.json names %q; want unhomoglyph", p.Name)
	}
	return p.Version, nil
}

// entry is one mapping: a character and its prototype.
type entry struct {
	r     rune
	proto string
}

// parse checks and sorts the data: every key one character, every value a
// non-empty string that is not itself mapped further (the data is already
// closed under its own mapping, which Skeleton relies on).
func parse(data []byte) ([]entry, error) {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	var es []entry
	for k, v := range m {
		r, n := utf8.DecodeRuneInString(k)
		if r == utf8.RuneError || n != len(k) {
			return nil, fmt.Errorf("key %+q is not one character", k)
		}
		if v == "" || !utf8.ValidString(v) {
			return nil, fmt.Errorf("key %+q: bad prototype %+q", k, v)
		}
		es = append(es, entry{r, v})
	}
	for _, e := range es {
		for _, c := range e.proto {
			if _, ok := m[string(c)]; ok {
				return nil, fmt.Errorf("prototype %+q of %+q maps further (%+q)", e.proto, e.r, c)
			}
		}
	}
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.r, b.r) })
	if len(es) == 0 || es[len(es)-1].r < utf8.RuneSelf || len(es) > math.MaxUint16 {
		return nil, fmt.Errorf("%d entries, %d of them ASCII: the table's layout needs 1 to %d non-ASCII ones", len(es), countASCII(es), math.MaxUint16)
	}
	return es, nil
}

func countASCII(es []entry) int {
	n := 0
	for _, e := range es {
		if e.r < utf8.RuneSelf {
			n++
		}
	}
	return n
}

// render writes the Go file: ASCII entries in an array indexed by the
// character, the others in a slice sorted by code point. Strings are
// quoted in ASCII so that no invisible or bidi character lands in source.
func render(src source, es []entry) ([]byte, error) {
	var b bytes.Buffer
	from := "unhomoglyph"
	if src.version != "" {
		from += " " + src.version
	}
	fmt.Fprintf(&b, "// Code generated by internal/gen from npm %s; DO NOT EDIT.\n\n", from)
	if src.integrity != "" {
		fmt.Fprintf(&b, "// Tarball: %s (npm's dist.integrity).\n", src.integrity)
	}
	b.WriteString(`// The data is Unicode's confusables.txt as packaged by unhomoglyph, under
// the licenses in NOTICE (MIT for the package, Unicode's for the data).

package unicode

// confusablesASCII holds the prototypes of the ASCII characters the data maps.
var confusablesASCII = [0x80]string{
`)
	i := 0
	for ; i < len(es) && es[i].r < utf8.RuneSelf; i++ {
		fmt.Fprintf(&b, "\t0x%02X: %s,\n", es[i].r, strconv.QuoteToASCII(es[i].proto))
	}
	fmt.Fprintf(&b, "}\n\n// confusables holds the other %d characters with their prototypes, sorted by\n// code point for binary search.\nvar confusables = []confusable{\n", len(es)-i)
	const perLine = 4
	for n, e := range es[i:] {
		if n%perLine == 0 {
			b.WriteString("\t")
		}
		fmt.Fprintf(&b, "{0x%04X, %s},", e.r, strconv.QuoteToASCII(e.proto))
		if n%perLine == perLine-1 || n == len(es[i:])-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n\n")
	writeBlocks(&b, es[i:])
	code, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("formatting table: %w", err)
	}
	return code, nil
}

// writeBlocks writes an index of the sorted non-ASCII entries by block of
// 256 code points, so that a lookup searches one block's entries only and
// a character of a block without any (most of CJK) costs one comparison.
func writeBlocks(b *bytes.Buffer, es []entry) {
	nblocks := int(es[len(es)-1].r>>8) + 1
	b.WriteString(`// confusablesBlock indexes confusables by block of 256 code points: the
// entries of block k (code points k<<8 to k<<8+255) are
// confusables[confusablesBlock[k]:confusablesBlock[k+1]].
var confusablesBlock = [...]uint16{
`)
	j := 0
	for k := 0; k <= nblocks; k++ {
		for j < len(es) && int(es[j].r>>8) < k {
			j++
		}
		if k%12 == 0 {
			b.WriteString("\t")
		}
		fmt.Fprintf(b, "%d,", j)
		if k%12 == 11 || k == nblocks {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("}\n")
}
