package secrets

import (
	"github.com/mcpshield/mcpshield/internal/detect"
)

// githubKinds names GitHub token prefixes.
var githubKinds = map[string]string{
	"ghp_": "GitHub personal access token",
	"gho_": "GitHub OAuth access token",
	"ghu_": "GitHub user-to-server token",
	"ghs_": "GitHub server-to-server (app installation) token",
	"ghr_": "GitHub refresh token",
}

// gitlabKinds names GitLab token prefixes
// (docs.gitlab.com/ee/security/tokens/#token-prefixes).
var gitlabKinds = map[string]string{
	"glpat-":    "GitLab personal access token",
	"gldt-":     "GitLab deploy token",
	"glptt-":    "GitLab pipeline trigger token",
	"glrt-":     "GitLab runner authentication token",
	"GR1348941": "GitLab runner registration token",
	"gloas-":    "GitLab OAuth application secret",
	"glcbt-":    "GitLab CI/CD job token",
	"glft-":     "GitLab feed token",
	"glimt-":    "GitLab incoming mail token",
	"glagent-":  "GitLab Kubernetes agent token",
	"glsoat-":   "GitLab SCIM token",
	"glffct-":   "GitLab feature flag client token",
}

func vcsRules() []*rule {
	return []*rule{
		{
			id: "github-token", typ: "secret:github_token", what: "GitHub token",
			severity: detect.High,
			keywords: []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}, after: 260,
			re:     anchored(`(gh[pousr]_)([A-Za-z0-9]{36,251})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			check: prefixNamed(1, githubKinds),
			tps: []string{
				"GITHUB_TOKEN=ghp_«an:36»",
				"cat secrets.txt\nghs_«an:36»",
				"https://gho_«an:36»@github.com/acme/repo.git",
			},
			fps: []string{"ghp_«an:35»", "xghp_«an:36»", "ghp_«an:20»-«an:16»"},
			infos: []string{
				"TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				"ghp_1234567890abcdefghijklmnopqrstuvwxyz",
				"ghp_your_token_here_1234567890abcdefghijkl",
			},
		},
		{
			id: "github-fine-grained-pat", typ: "secret:github_token:fine_grained",
			what: "GitHub fine-grained personal access token", severity: detect.High,
			keywords: []string{"github_pat_"}, after: 200,
			re:     anchored(`(github_pat_)([A-Za-z0-9]{20,30}_[A-Za-z0-9]{50,70})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			tps: []string{
				"GH_TOKEN=github_pat_«an:22»_«an:59»",
				`{"token": "github_pat_«an:22»_«an:59»"}`,
			},
			fps:   []string{"github_pat_«an:10»_«an:20»"},
			infos: []string{"TOKEN=github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			id: "gitlab-token", typ: "secret:gitlab_token", what: "GitLab token",
			severity: detect.High,
			keywords: []string{"glpat-", "gldt-", "glptt-", "glrt-", "gr1348941", "gloas-", "glcbt-", "glft-", "glimt-", "glagent-", "glsoat-", "glffct-"},
			after:    320,
			re:       anchored(`(glpat-|gldt-|glptt-|glrt-|GR1348941|gloas-|glcbt-|glft-|glimt-|glagent-|glsoat-|glffct-)((?:[0-9a-zA-Z]{1,5}_)?[0-9A-Za-z_-]{20,300}(?:\.[0-9a-z]{9})?)`),
			secret:   0, body: 2, boundary: tokenBoundary,
			check: prefixNamed(1, gitlabKinds),
			tps: []string{
				"GITLAB_TOKEN=glpat-«an:20»",
				"cat secrets.txt\nglpat-«url:20»",
				"gldt-«an:20»",
				"glpat-«an:27».01«an:7»",
				"GR1348941«an:20»",
			},
			fps:   []string{"glpat-«an:12»", "xglpat-«an:20»"},
			infos: []string{"glpat-XXXXXXXXXXX-XXXXXXXX", "glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx"},
		},
	}
}

// prefixNamed is the placeholder check, naming the credential after the
// prefix in submatch i.
func prefixNamed(i int, names map[string]string) func(c *candidate) verdict {
	return func(c *candidate) verdict {
		v := placeholderVerdict(c)
		v.what = names[c.group(i)]
		return v
	}
}
