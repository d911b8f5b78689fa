// Package encrypt is authenticated encryption of a vector of field elements
// under an ECDH key, natively and in circuit, in the duplex-sponge style of
// "Encryption with Poseidon" (Khovratovich) used by MACI and zk-kit, built
// on zkvote's Poseidon2 permutations.
//
// For a shared point K = (kx, ky), a nonce N and a plaintext m of n
// elements, with t = poseidon.SpongeWidth(n) and rate r = t-1:
//
//	state = [domain·2^32 + n, kx, ky, N, 0, ...]      (t lanes)
//	permute
//	for each block of r plaintext elements:
//	    c_i = state[1+i] + m_i;  state[1+i] = c_i;  permute
//	tag = state[1]
//
// The ciphertext is c_1..c_n followed by the tag. Decryption recomputes the
// keystream, subtracts it and rejects a ciphertext whose tag differs, so a
// ciphertext cannot be altered without the key. A (key, nonce) pair must
// never encrypt two different plaintexts; zkvote uses a fresh ephemeral key
// per message, so nonce 0 is safe there.
//
// Cost: 1 + ceil(n/r) permutations — e.g. 2 width-12 permutations (~920
// R1CS) for 9 elements. See testdata/constraints.golden.
package encrypt
