module github.com/mcpshield/mcpshield

go 1.26.8

require (
	github.com/modelcontextprotocol/go-sdk v1.8.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
