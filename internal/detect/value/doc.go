// Package value validates the arguments of value-transfer tools: EVM
// addresses (EIP-55), IBANs, email addresses, URLs and hosts. Each validator
// takes the string a model sent and returns its normalized form, the one
// allowlists compare, or an error a model or a person can read.
//
// A Guard pins one argument of one tool to a list of allowed recipients
// ("payments may only go to these two IBANs"); Compile it once at load,
// then Check every call's arguments.
//
// Every validator is ASCII-only and IDNA-free: a host or a domain written in
// Unicode is rejected, not converted, so look-alike characters never compare
// equal to the host they imitate.
package value
