package secrets

import (
	"github.com/mcpshield/mcpshield/internal/detect"
)

func paymentRules() []*rule {
	return []*rule{
		{
			// Secret (sk_) and restricted (rk_) keys. Live keys move money:
			// Critical. Test-mode keys are still credentials (FORMAT.md).
			// Publishable keys (pk_) are public by design and not reported.
			id: "stripe-key", typ: "secret:stripe_key", what: "Stripe secret key",
			severity: detect.High,
			keywords: []string{"sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"},
			after:    260,
			re:       anchored(`((sk|rk)_(live|test|prod)_)([A-Za-z0-9]{10,247})`),
			secret:   0, body: 4, boundary: tokenBoundary,
			check: stripeCheck,
			tps: []string{
				"STRIPE_KEY=sk_live_«an:24»",
				"token: sk_test_51«an:97»",
				"rk_live_«an:99»",
				"rk_prod_51«an:97»",
			},
			fps:   []string{"pk_live_«an:24»", "sk_live_«an:8»", "ask_live_«an:24»"},
			infos: []string{"sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "STRIPE_SECRET_KEY=sk_live_your_key_here"},
		},
		{
			id: "stripe-webhook-secret", typ: "secret:stripe_key", what: "Stripe webhook signing secret",
			severity: detect.High,
			keywords: []string{"whsec_"}, after: 100,
			re:     anchored(`(whsec_)([A-Za-z0-9+/=]{32,80})`),
			secret: 0, body: 2, boundary: base64Boundary,
			tps:   []string{"STRIPE_WEBHOOK_SECRET=whsec_«an:32»"},
			fps:   []string{"whsec_«an:12»"},
			infos: []string{"whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
	}
}

// stripeCheck: placeholder check; live (and "prod") keys are Critical.
func stripeCheck(c *candidate) verdict {
	v := placeholderVerdict(c)
	kind := "secret"
	if c.group(2) == "rk" {
		kind = "restricted"
	}
	switch c.group(3) {
	case "test":
		v.what = "Stripe test-mode " + kind + " key"
	default:
		v.what = "Stripe live " + kind + " key"
		if v.kind == confirmed {
			v.severity = detect.Critical
		}
	}
	return v
}
