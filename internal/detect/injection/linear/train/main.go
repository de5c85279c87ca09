// Command train fits the injection detector's linear model (package
// linear) and writes it for embedding:
//
//	go run ./internal/detect/injection/linear/train -o internal/detect/injection/model.bin \
//	    -docs /usr/share/doc,/usr/local/go/src CASES.jsonl|DIR...
//
// Cases are labelled sets in the format of shared/eval/FORMAT.md: prompts
// and tool results labelled malicious with category prompt_injection are
// positive examples, benign ones negative (other categories are skipped).
// Documentation found under -docs (Markdown, text and README files, cut
// into pieces of at most 4 KiB) adds ordinary prose as negative examples:
// half of the files by a hash of their path, the other half held out and
// scored at the end to show the false positives to expect. The first
// paragraphs of each training piece (-paras) are also examples alone: short
// benign texts, as a tool's result often is, would otherwise be rare, and
// the model read a short polite request as an injection. Training is
// deterministic for the same inputs (and -seed).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect/injection/linear"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	"github.com/mcpshield/mcpshield/internal/eval"
)

// example is one training text's windows: a benign text's window each
// alone; an attack's all together with -bag-attacks.
type example struct {
	wins [][]uint32
	y    float64
}

func main() {
	out := flag.String("o", "", "write the model to `file`")
	docs := flag.String("docs", "", "comma-separated `directories` of documentation used as benign prose")
	epochs := flag.Int("epochs", 20, "passes over the examples")
	l2 := flag.Float64("l2", 1e-5, "L2 regularisation of each weight per step")
	posWeight := flag.Float64("pos", 1, "weight of an injection window's gradient against a benign one's")
	seed := flag.Uint64("seed", 1, "seed of the shuffling of the examples")
	bag := flag.Int("bag", 1, "average the weights of `n` runs, seeded seed, seed+1...")
	paras := flag.Int("paras", 4, "also add up to `n` paragraphs of each piece of documentation in training, alone")
	bagAttacks := flag.Bool("bag-attacks", false, "an attack of several windows learns from its highest-scoring window only, not from each")
	kind := flag.String("kind", "injection", "the model to fit: `injection` (prompts and tool results) or definitions (tool definitions)")
	prefix := flag.Int("prefix", 0, "also read each word's first `n` characters as a feature (0: none)")
	flag.Parse()
	if *kind != "injection" && *kind != "definitions" {
		log.Fatalf("-kind %q: want injection or definitions", *kind)
	}
	if *out == "" || flag.NArg() == 0 || *bag < 1 {
		log.Fatal("usage: train -o model.bin [-docs dir,...] CASES.jsonl|DIR...")
	}
	cases, err := eval.Load(flag.Args())
	if err != nil {
		log.Fatal(err)
	}
	sc := new(linear.Scratch)
	var train []example
	nWindows := 0
	add := func(text string, y float64) {
		var wins [][]uint32
		linear.Windows(text, *prefix, sc, func(f []uint32) {
			wins = append(wins, append([]uint32(nil), f...))
		})
		nWindows += len(wins)
		if len(wins) == 0 {
			return // no words
		}
		if y == 1 && *bagAttacks {
			train = append(train, example{wins: wins, y: y})
			return
		}
		for _, f := range wins {
			train = append(train, example{wins: [][]uint32{f}, y: y})
		}
	}
	pos, neg := 0, 0
	for _, c := range cases {
		text, y, ok, err := labelled(c, *kind)
		if err != nil {
			log.Fatal(err)
		}
		if !ok {
			continue
		}
		if y == 1 {
			pos++
		} else {
			neg++
		}
		add(text, y)
	}
	var held []string
	nDocs, nParas := 0, 0
	for _, dir := range strings.Split(*docs, ",") {
		if dir == "" {
			continue
		}
		for _, p := range docFiles(dir) {
			b, err := os.ReadFile(p)
			if err != nil || len(b) < 200 || strings.ContainsRune(string(b), 0) {
				continue
			}
			h := fnv.New32a()
			h.Write([]byte(p))
			for _, piece := range pieces(string(b)) {
				if h.Sum32()%2 == 0 {
					add(piece, 0)
					nDocs++
					n := 0
					for _, para := range strings.Split(piece, "\n\n") {
						if n < *paras && len(strings.TrimSpace(para)) >= 40 {
							add(para, 0)
							n++
							nParas++
						}
					}
				} else {
					held = append(held, piece)
				}
			}
		}
	}
	log.Printf("%d attacks, %d benign cases, %d pieces of documentation (and %d of their paragraphs alone); %d windows", pos, neg, nDocs, nParas, nWindows)

	// each of -bag runs shuffles the examples with its own seed; the model
	// is their average, steadier than one of them
	w := make([]float64, linear.Dim)
	b := 0.0
	for run := range uint64(*bag) {
		rw, rb := fit(slices.Clone(train), *seed+run, *epochs, *l2, *posWeight)
		for i, x := range rw {
			w[i] += x / float64(*bag)
		}
		b += rb / float64(*bag)
	}
	m := linear.Quantize(w, b)
	m.Prefix = *prefix
	data, err := m.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	for _, th := range []float64{0.9, 0.95, 0.97, 0.98, 0.99} {
		n := 0
		for _, p := range held {
			if m.Score(p, sc) >= th {
				n++
			}
		}
		fmt.Printf("held-out documentation: %d of %d pieces score %.2f or more\n", n, len(held), th)
	}
}

// labelled returns the text a case gives the model of kind and its
// label; ok is false for a case that model does not learn from.
func labelled(c *eval.Case, kind string) (text string, y float64, ok bool, err error) {
	switch {
	case kind == "definitions" && c.Kind == eval.KindToolDefinition:
		switch {
		case c.Malicious() && (c.Category == "tool_poisoning" || c.Category == "shadowing"):
			y = 1
		case c.Malicious():
			return "", 0, false, nil
		}
		var t poisoning.Tool
		if err := json.Unmarshal(c.Input, &t); err != nil {
			return "", 0, false, fmt.Errorf("case %s: %w", c.ID, err)
		}
		return poisoning.ModelText(t), y, true, nil
	case kind == "injection" && (c.Kind == eval.KindPrompt || c.Kind == eval.KindToolResult):
		switch {
		case c.Malicious() && c.Category == "prompt_injection":
			y = 1
		case c.Malicious():
			return "", 0, false, nil
		}
		texts, err := eval.Texts(c)
		if err != nil {
			return "", 0, false, fmt.Errorf("case %s: %w", c.ID, err)
		}
		return strings.Join(texts, "\n"), y, true, nil
	}
	return "", 0, false, nil
}

// fit runs stochastic gradient descent of the logistic loss over train,
// shuffled with seed, and returns the weights and the bias.
func fit(train []example, seed uint64, epochs int, l2, posWeight float64) ([]float64, float64) {
	w := make([]float64, linear.Dim)
	b := 0.0
	rng := rand.New(rand.NewPCG(seed, 1))
	const lr = 0.1
	for range epochs {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		for _, e := range train {
			// an attack's text holds its instruction somewhere, and its
			// other windows may be as benign as any: the detector keeps a
			// text's highest window, and an attack learns from that one
			feats, z := e.wins[0], math.Inf(-1)
			for _, f := range e.wins {
				zf := b
				for _, k := range f {
					zf += w[k]
				}
				if zf > z {
					feats, z = f, zf
				}
			}
			g := 1/(1+math.Exp(-z)) - e.y
			if e.y == 1 {
				g *= posWeight
			}
			for _, f := range feats {
				w[f] -= lr * (g + l2*w[f])
			}
			b -= lr * g
		}
	}
	return w, b
}

// docFiles lists the documentation files under dir, sorted.
func docFiles(dir string) []string {
	var out []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		n := strings.ToLower(d.Name())
		if strings.HasSuffix(n, ".md") || strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, ".rst") || strings.HasPrefix(n, "readme") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// pieces cuts a document into pieces of at most 4 KiB at paragraph ends,
// at most four per document (long manuals would outweigh the rest).
func pieces(s string) []string {
	var out []string
	cur := ""
	for _, para := range strings.Split(s, "\n\n") {
		if len(cur)+len(para) > 4096 && cur != "" {
			out = append(out, cur)
			cur = ""
			if len(out) == 4 {
				return out
			}
		}
		cur += para + "\n\n"
	}
	if strings.TrimSpace(cur) != "" {
		out = append(out, cur[:min(len(cur), 4096)])
	}
	return out
}
