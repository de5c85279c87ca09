package clientcfg

// Limits on what Load accepts, each with its reason.
const (
	// maxFileSize bounds a config file read into memory. Claude Code's
	// ~/.claude.json keeps per-project history and reaches a few MB; 64 MiB
	// is far above any real client file and far below trouble.
	maxFileSize = 64 << 20

	// maxDepth bounds the nesting of the JSON parser, which recurses once
	// per level: it keeps a hostile file from exhausting the stack. Client
	// files nest fewer than ten levels.
	maxDepth = 512

	// maxGatewayName is the longest server name a shield.yaml accepts
	// (internal/config: ^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$).
	maxGatewayName = 64
)

// BackupSuffix is appended to a config file's path to name its backup,
// written once, by the first Save that wraps the file.
const BackupSuffix = ".mcpshield-backup"
