// Package prover is the proving side of zkvote: Groth16 key setup, key
// files, and proving.
//
// Keys for one circuit and one parameter set live in a key directory as
//
//	<circuit>-<fingerprint>.ccs    the compiled constraint system
//	<circuit>-<fingerprint>.pk     the proving key (raw encoding)
//	<circuit>-<fingerprint>.vk     the verifying key
//	<circuit>-<fingerprint>.json   a manifest: circuit, version, params,
//	                               constraint count, SHA-256 of each file
//
// where fingerprint = SHA-256(circuit name, circuit version, params ID)
// truncated to 16 hex digits. Asking for keys of another parameter set or
// circuit version finds no file and says so; a manifest whose files do not
// hash as recorded is refused. Because every file is checked against its
// recorded hash, the proving key is then read with gnark's unchecked (fast)
// reader: its points were validated when the keys were made.
//
// SetupDev makes keys with a single-party setup whose toxic waste exists,
// for a moment, in this process's memory: anyone who kept it could forge
// proofs. It logs a loud warning and marks the manifest; production keys
// must come from an MPC ceremony (planned).
package prover
