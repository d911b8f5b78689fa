// Package poll is a poll definition as voters, coordinators and auditors
// share it: the proposal (title, body, option labels, optional execution
// payload), the voting mode, the census root, the coordinator's public
// key, the voting window and limits, the parameter set, and the SHA-256 of
// the join+vote verifying key every prover and verifier must use.
//
// The join+vote circuit sees only the census root, the coordinator key,
// the mode and the option count; everything else enters through the
// descriptor hash (SHA-256 of the canonical JSON of the remaining fields,
// reduced to 248 bits), and the poll ID is Poseidon2 over all of them
// (joinvote.Poll.ID). Changing any field — a word of the title, the end
// time — changes the poll ID, so a proof made for one poll is worthless
// for another.
//
// The definition's fields are typed ([Definition] holds the census root as a
// field element, the coordinator key as a checked point, the mode as a
// joinvote.Mode); its JSON methods give the file form.
//
// The package also holds the domain types everyone shares about a running
// poll: its [State] and [Head] (count, joins, chain hash, seal), [Info] (what
// a coordinator reports and a client sees), log entries ([Entry], with a
// [Join] or a [Command]), [Results] and [TallyJob], and the exported [Log]
// with its versioned JSON file form (what `zkvote poll log` writes and
// verifier.CheckLog checks). The gRPC messages are converted to and from
// these in proto/wire only.
//
// It also reads and writes the coordinator's BabyJubJub key files (a
// private file with 0600 permissions, and a public one).
package poll
