// Package settlement takes a zkvote poll on-chain: it deploys the poll's
// contracts (Deploy: the exported Groth16 verifiers, Poll, Tally and, for
// a poll with an execution payload, Executor with its timelock), anchors
// the coordinator's sealed log (Anchor), posts a finished poll's proven
// tally (Settle: every processing proof in the order the Tally contract
// chains them, resumable after any failure) and runs the proposal's
// payload through the timelock (Queue, Veto, Execute). It works against
// any JSON-RPC node (Dial) and go-ethereum's in-process simulated chain
// (Simulated), the default in tests and the demo.
//
// The contracts are in contracts/src/zkvote; docs/protocol.md
// ("Settlement") states what each checks. The Go side checks nothing the
// contracts do not check again: it reads the artefacts `zkvote verify`
// accepts and turns them into transactions.
package settlement
