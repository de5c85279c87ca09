package schema

// Limits, each with its reason. Options may override the first two.
const (
	// DefaultMaxEntries is the default number of compiled schemas kept. A
	// gateway sees a few hundred tools; 4096 leaves room for re-pinned
	// versions while bounding memory (a compiled schema is a few KB).
	DefaultMaxEntries = 4096

	// DefaultMaxSchemaBytes is the default size limit of one inputSchema.
	// Real tool schemas are under 20 KB; compile time and memory grow with
	// size.
	DefaultMaxSchemaBytes = 256 << 10

	// maxSchemaDepth bounds JSON nesting in a schema (each object level of a
	// tool's arguments takes two: "properties" and the property). The
	// compiler recurses once per level.
	maxSchemaDepth = 64

	// maxSteps bounds the work of one validation, counted by cost.go in
	// schema evaluations, about a microsecond each: at most 0.2 s of CPU
	// per call. A typical call takes tens; an array of 20,000 objects with
	// two properties, about 60,000. Schemas whose work grows exponentially
	// (nested "anyOf" of two $refs to the same definition) exceed it with
	// small arguments.
	maxSteps = 1 << 17

	// smallArgs is the size, in values, of arguments too small to be blamed
	// for exceeding maxSteps: the schema is then reported as unusable.
	smallArgs = 64

	// maxSchemaObjects bounds the objects and booleans in a schema, each a
	// potential subschema: the library's compiler takes time quadratic in
	// their number (5,000 take half a second). maxPointerWork bounds the
	// same loop's string comparisons: the objects times the total length of
	// their JSON pointers (deeply nested long keys). Large real tool schemas
	// have a few hundred subschemas.
	maxSchemaObjects = 2000
	maxPointerWork   = 1 << 28

	// maxPatternSize bounds one regular expression, in estimated program
	// instructions (see regexps.go); maxPatternsSize bounds their sum over a
	// schema. Compiling costs about a microsecond per instruction, matching
	// about 12 ns per instruction and byte. Real patterns (UUIDs, e-mail
	// addresses, dates) stay under a few hundred.
	maxPatternSize  = 5000
	maxPatternsSize = 50000

	// maxNumberLen and maxNumberExp bound the JSON numbers in arguments.
	// The validator turns numbers into exact rationals; "1e999999" costs
	// 20 ms and megabytes to convert, so a few thousand of them would stall
	// the gateway. Numbers beyond float64's range (about 1e308) are not
	// meaningful tool arguments.
	maxNumberLen = 400
	maxNumberExp = 400

	// maxShownProblems and maxErrorBytes bound Error's message: it goes back
	// to the model, and a list of 200 problems helps it less than the first
	// few. maxValueBytes bounds one value (an enum member, a pattern) quoted
	// in a message.
	maxShownProblems = 5
	maxErrorBytes    = 500
	maxValueBytes    = 60

	// maxProblems bounds Error.Problems.
	maxProblems = 100
)
