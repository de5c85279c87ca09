package limit

// lru maps keys to values of type V, least recently used first out. A hit
// allocates nothing: nodes are linked in place. It is not safe for
// concurrent use; its owner locks.
type lru[V any] struct {
	max   int
	items map[string]*node[V]
	// root is the sentinel of a circular list: root.next is the most
	// recently used node, root.prev the least.
	root node[V]
}

type node[V any] struct {
	key        string
	prev, next *node[V]
	val        V
}

// newLRU returns an empty lru holding at most max keys (max >= 1).
func newLRU[V any](max int) *lru[V] {
	l := &lru[V]{max: max, items: make(map[string]*node[V])}
	l.root.next, l.root.prev = &l.root, &l.root
	return l
}

// get returns key's node, now the most recently used, or nil.
func (l *lru[V]) get(key string) *node[V] {
	n := l.items[key]
	if n != nil && l.root.next != n {
		l.unlink(n)
		l.pushFront(n)
	}
	return n
}

// add inserts key, which must be absent, with the zero value, dropping the
// least recently used key first if the lru is full.
func (l *lru[V]) add(key string) *node[V] {
	if len(l.items) >= l.max {
		old := l.root.prev
		l.unlink(old)
		delete(l.items, old.key)
	}
	n := &node[V]{key: key}
	l.items[key] = n
	l.pushFront(n)
	return n
}

// remove drops key if present.
func (l *lru[V]) remove(key string) {
	if n := l.items[key]; n != nil {
		l.unlink(n)
		delete(l.items, key)
	}
}

func (l *lru[V]) len() int { return len(l.items) }

func (l *lru[V]) unlink(n *node[V]) {
	n.prev.next, n.next.prev = n.next, n.prev
	n.prev, n.next = nil, nil
}

func (l *lru[V]) pushFront(n *node[V]) {
	n.prev, n.next = &l.root, l.root.next
	l.root.next.prev = n
	l.root.next = n
}
