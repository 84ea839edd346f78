package events

import (
	"cmp"
	"slices"
)

// Member names one event of Group's input: docs[Doc][Event].
type Member struct {
	Doc, Event int
}

// Cluster is a set of events, from at least two documents, that tell the same
// real-world event. Members are sorted by document, then event.
type Cluster struct {
	Type    Type
	Members []Member
}

// Link joins two events of different documents that SameEvent found to tell
// the same real-world event.
type Link struct {
	Type Type
	A, B Member
}

// Group finds the events of several documents (in one language or several)
// that tell the same real-world event: same type, at least one core entity in
// the same role (compared by canonical name), no conflicting single-valued
// argument (amount, stake, target…), compatible dates; quotes also need the
// same quoted words. It returns the clusters that span two documents or more,
// sorted by their first member. Group only reads docs; it is safe for
// concurrent use.
//
// Group is for programs that run this stage alone, on its own Events.
// Programs that use the pipeline group Documents with extract.GroupEvents,
// which applies these rules.
//
// Group is GroupKeys, SameEvent and Join on one machine: it compares the
// events that share a key and joins the links. A distributed run does the
// same with a shuffle on the keys (see the beam module).
func Group(docs [][]Event) []Cluster {
	buckets := map[string][]Member{}
	var keys []string
	for di, evs := range docs {
		for ei := range evs {
			for _, k := range GroupKeys(&evs[ei]) {
				if len(buckets[k]) == 0 {
					keys = append(keys, k)
				}
				buckets[k] = append(buckets[k], Member{di, ei})
			}
		}
	}
	var links []Link
	for _, k := range keys {
		b := buckets[k]
		for x, m := range b {
			for _, n := range b[x+1:] {
				a, c := &docs[m.Doc][m.Event], &docs[n.Doc][n.Event]
				if m.Doc != n.Doc && SameEvent(a, c) {
					links = append(links, Link{Type: a.Type, A: m, B: n})
				}
			}
		}
	}
	return Join(links)
}

// GroupKeys gives the keys under which Group compares e with the events of
// other documents: one for each core role that names an entity (the type,
// the role and the folded name), without repeats. Two events that share no
// key are never compared.
func GroupKeys(e *Event) []string {
	tb, err := loadTables()
	if err != nil {
		return nil
	}
	spec := tb.types[e.Type]
	if spec == nil {
		return nil
	}
	var keys []string
	for _, a := range e.Arguments {
		if rs := spec.role(a.Role); rs != nil && rs.core && a.Name != "" {
			if k := e.Type.String() + "\x00" + a.Role + "\x00" + fold(a.Name); !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// SameEvent reports whether a and b, events of two different documents,
// may tell the same real-world event: Group's rules for one link.
func SameEvent(a, b *Event) bool {
	tb, err := loadTables()
	if err != nil {
		return false
	}
	spec := tb.types[a.Type]
	if spec == nil {
		return false
	}
	if ok, _ := compatible(spec, a, b); !ok {
		return false
	}
	return a.Type != Quote || sameQuote(a, b)
}

// Join gives the clusters that links make: the events linked directly or
// through others. Members are sorted by document then event, and clusters
// by their first member, as Group returns them.
func Join(links []Link) []Cluster {
	parent := map[Member]Member{}
	find := func(m Member) Member {
		for {
			p, ok := parent[m]
			if !ok || p == m {
				return m
			}
			if gp, ok := parent[p]; ok {
				parent[m] = gp
			}
			m = p
		}
	}
	types := map[Member]Type{}
	for _, l := range links {
		types[l.A], types[l.B] = l.Type, l.Type
		ra, rb := find(l.A), find(l.B)
		if ra == rb {
			continue
		}
		// the smaller member is the root, so that a cluster's root is its first member
		if less(rb, ra) {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byRoot := map[Member]*Cluster{}
	for m := range types {
		r := find(m)
		c := byRoot[r]
		if c == nil {
			c = &Cluster{Type: types[r]}
			byRoot[r] = c
		}
		c.Members = append(c.Members, m)
	}
	var out []Cluster
	for _, c := range byRoot {
		slices.SortFunc(c.Members, compareMembers)
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b Cluster) int { return compareMembers(a.Members[0], b.Members[0]) })
	return out
}

func compareMembers(a, b Member) int {
	return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Event, b.Event))
}

func less(a, b Member) bool { return compareMembers(a, b) < 0 }
