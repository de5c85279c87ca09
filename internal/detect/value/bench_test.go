package value

import "testing"

func benchValidator(b *testing.B, fn func(string) (string, error), in string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := fn(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEVMAddressChecksummed(b *testing.B) {
	benchValidator(b, EVMAddress, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
}

func BenchmarkEVMAddressLower(b *testing.B) {
	benchValidator(b, EVMAddress, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
}

func BenchmarkIBAN(b *testing.B) { benchValidator(b, IBAN, "GB82 WEST 1234 5698 7654 32") }

func BenchmarkEmail(b *testing.B) { benchValidator(b, Email, "first.last+tag@Mail.Example.com") }

func BenchmarkURLHost(b *testing.B) {
	benchValidator(b, URLHost, "https://user@api.example.com:8443/v1/items?page=2#top")
}

func BenchmarkHostMatches(b *testing.B) {
	patterns := []string{"api.example.com", "*.cdn.example.net", "*.docs.example.org", "10.0.0.1"}
	b.ReportAllocs()
	for b.Loop() {
		if !HostMatches("static.docs.example.org", patterns) {
			b.Fatal("no match")
		}
	}
}

func BenchmarkGuardCheck(b *testing.B) {
	c := mustCompile(b, Guard{Argument: "payment.to", Type: TypeEVMAddress, Allow: []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
	}})
	a := args(b, `{"payment":{"to":"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359","amount":"1.5"}}`)
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Check(a); err != nil {
			b.Fatal(err)
		}
	}
}
