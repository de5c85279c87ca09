package poisoning

import "strings"

// A chunk is a run of non-blank characters. Most are plain words; the
// helpers here recognise the ones whose shape matters: sensitive paths,
// URLs, addresses, account numbers, quoted identifiers, names of tools and
// encoded blobs.
// sensitiveNeedles are parts of paths to files that hold secrets or agent
// configuration (matched in a lowercased chunk that has a '/', '.' or '~').
var sensitiveNeedles = []string{
	".ssh", "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", "known_hosts",
	".aws/", "/.aws", ".azure/", ".kube/", ".docker/config", ".npmrc", ".pypirc", ".netrc",
	".pgpass", ".git-credentials", ".gitconfig", "_history", "/etc/passwd", "/etc/shadow",
	"/etc/sudoers", "/mcp.json", "claude_desktop_config", ".cursor/", ".gnupg", "secrets.yml",
	"secrets.yaml", "secrets.json", "secrets.toml", "credentials.json", "/credentials", "wallet.dat",
	"keystore", ".password-store", "cookies.sqlite", "login data", "gcloud/",
	"application_default_credentials", ".vault-token", ".htpasswd", ".keychain", "master.key",
	".config/gh", ".config/github-copilot", ".config/op/", ".local/share/keyrings", "/keychains/",
	"google-chrome/", ".mozilla/", "cookies", "login data",
	// crypto wallets, saved network passwords, token files in a glob
	".config/solana/", "/.solana/", ".ethereum/", ".bitcoin/", ".electrum/", "/exodus/",
	"/networkmanager/system-connections", "*/token",
	// key files named by a glob: "a file named *.pem or id_*"
	"*.pem", "*.key", "id_*", "*.p12", "*.pfx", "*.kdbx", "*.ppk", "*.keystore", "*.jks",
}

// isSensitivePath reports whether the lowercased chunk names a file that
// holds secrets.
func isSensitivePath(c string) bool {
	if !strings.ContainsAny(c, "/.~") {
		return false
	}
	if t := strings.TrimRight(c, ".,;:!?)'\"`"); strings.HasSuffix(t, ".pub") || strings.HasSuffix(t, "authorized_keys") {
		// a public key (~/.ssh/id_ed25519.pub) is meant to be shared;
		// authorized_keys holds such keys (a key written into it is
		// ssh-backdoor's)
		return false
	}
	for _, n := range sensitiveNeedles {
		if strings.Contains(c, n) {
			return true
		}
	}
	if t := strings.TrimLeft(trimPunct(c), "'\"`"); t == "mcp.json" {
		return true // the client's MCP configuration, not some-server-mcp.json
	}
	return isDotEnv(c)
}

// isDotEnv finds a .env file (or .env.local, .env.production…) but not the
// templates (.env.example, .env.sample…).
func isDotEnv(c string) bool {
	for off := 0; ; {
		i := strings.Index(c[off:], ".env")
		if i < 0 {
			return false
		}
		i += off
		off = i + 4
		if i > 0 && !strings.ContainsRune("/~'\"`(=:", rune(c[i-1])) {
			continue
		}
		rest := c[i+4:]
		if rest == "" || !isAlnum(rest[0]) && rest[0] != '.' {
			return true
		}
		if rest[0] == '.' {
			switch strings.TrimRight(rest[1:], ".,;:)'\"`") {
			case "example", "sample", "template", "dist", "schema", "defaults", "default", "tpl":
				continue
			}
			return true
		}
	}
}

func isHome(c string) bool {
	return strings.Contains(c, "~/") || c == "~" || strings.Contains(c, "$home") ||
		strings.Contains(c, "%userprofile%") || strings.Contains(c, "/home/") || strings.Contains(c, "c:\\users")
}
