// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Poseidon2} from "../Poseidon2.sol";
import {IPollGroth16Verifier1, IPollGroth16Verifier2} from "./IVerifier.sol";
import {Hasher} from "./Hasher.sol";

/// @title A zkvote poll on-chain: its identity and the anchor of its sealed log.
/// @notice The poll ID is recomputed here from the definition's fields
/// exactly as the circuits and the Go code compute it (docs/protocol.md,
/// "Poll"): Poseidon2(DomainPoll; census root, coordinator key x, y, mode,
/// option count, descriptor hash). The descriptor hash commits to the rest
/// of the definition (title, options, window, execution payload, the
/// SHA-256 of every verifying key); `zkvote deploy` checks the constructor
/// arguments against the definition file, and anyone can repeat the check.
/// @dev After the voting window the coordinator's Ethereum account anchors
/// the sealed chain hash of its log, the value every processing proof is
/// checked against (Tally). Anchoring is once and final.
///
/// The on-chain voting path (docs/protocol.md, "On-chain voting path"),
/// for voters who do not want to depend on the coordinator to take their
/// vote: during the window (a poll with an end time) anyone may post a
/// join with its join+vote proof here. It is checked as the coordinator's
/// intake checks it, and its chain entry extends the on-chain sub-chain
/// (onChainChain) exactly as it extends the coordinator's log, which must
/// take every on-chain entry in this order: the split proofs route the
/// entries they flag on-chain into a sub-chain of their own, and the Tally
/// settles only where it ends at onChainChain. Commands (re-votes, key
/// changes) are taken the same way; one that copies an earlier command of
/// the log (anyone can post a published command again, which would undo
/// the voter's later choice) is skipped by processing, and a wrong skip is
/// challengeable (Challenges).
contract Poll {
    uint256 internal constant DOMAIN_POLL = 6;
    uint256 internal constant DOMAIN_MESSAGE = 7;
    uint256 internal constant DOMAIN_CHAIN = 10;
    uint256 internal constant KIND_JOIN_ENTRY = 1;
    uint256 internal constant KIND_COMMAND_ENTRY = 2;
    uint256 internal constant FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// The definition's fields the poll ID is computed from.
    struct Definition {
        uint256 censusRoot;
        uint256 coordinatorKeyX;
        uint256 coordinatorKeyY;
        uint256 mode; // 0 one person one vote, 1 weighted, 2 quadratic
        uint256 numOptions;
        uint256 descriptorHash;
        uint64 start; // unix seconds; 0: open at deployment
        uint64 end; // unix seconds; 0: closed by the coordinator's seal
        bytes32 joinKeySha256; // the join+vote verifying key the poll pins
    }

    /// What the on-chain voting path needs beyond the definition.
    struct Voting {
        /// Poseidon2 at every width (a message hash takes the width-16 sponge).
        Hasher hasher;
        /// The command proof's verifier bound to the poll and the key the
        /// poll pins (command_key_sha256); both zero in a poll whose
        /// commands are signed (processing checks their signatures).
        IPollGroth16Verifier1 commandVerifier;
        bytes32 commandKeySha256;
        /// The join and command ciphertexts' lengths in the poll's
        /// parameter set (message.JoinCiphertextLen; command.CiphertextLen
        /// or message.CiphertextLen).
        uint64 joinCiphertextLen;
        uint64 commandCiphertextLen;
        /// At most this many joins on-chain: with the coordinator's own cap
        /// on gasless joins, the state tree always has room for every join.
        uint64 maxOnChainJoins;
    }

    uint256 public immutable pollId;
    /// Where the poll's message chain starts: message.ChainStart(poll ID).
    uint256 public immutable chainStart;
    uint256 public immutable censusRoot;
    uint256 public immutable mode;
    uint256 public immutable numOptions;
    uint64 public immutable start;
    uint64 public immutable end;
    /// The Ethereum account of the poll's coordinator: the only one that anchors.
    address public immutable coordinator;
    /// The join+vote verifier, checked against the key the poll pins and
    /// bound to this poll (its POLL_ID).
    IPollGroth16Verifier2 public immutable joinVerifier;
    Hasher public immutable hasher;
    IPollGroth16Verifier1 public immutable commandVerifier;
    uint64 public immutable joinCiphertextLen;
    uint64 public immutable commandCiphertextLen;
    uint64 public immutable maxOnChainJoins;

    /// The sealed chain hash of the coordinator's log (0 until anchored).
    uint256 public sealedChainHash;
    /// The number of entries in the sealed log.
    uint64 public sealedEntries;
    bool public isSealed;

    /// The on-chain sub-chain: 0 (process.SubChainStart), moved by every
    /// on-chain entry e to Poseidon2.compress(chain, e).
    uint256 public onChainChain;
    /// On-chain entries so far (joins and commands), and joins among them.
    uint64 public onChainEntries;
    uint64 public onChainJoins;
    /// The nullifiers of the joins posted here: one on-chain join per
    /// member. (A member who also joined gaslessly is a duplicate that
    /// processing skips; the Challenges contract checks it.)
    mapping(uint256 => bool) public joined;

    event Anchored(uint256 indexed pollId, uint256 chainHash, uint64 entries);
    /// A join posted on-chain: what the coordinator logs (its state leaf is
    /// opened by decrypting the ciphertext), with its proof for zkvote
    /// verify, and in a poll with command passes the voter's rate set
    /// registration (four rate identities and the poll key's EdDSA
    /// signature R.x, R.y, S: ratelimit.Registration), which the
    /// coordinator checks as intake does (a bad one registers nothing).
    event OnChainJoin(
        uint64 indexed index,
        uint256 entry,
        uint256 nullifier,
        uint256 leaf,
        uint256[2] ephemeralKey,
        uint256[2] pollKey,
        uint256[] ciphertext,
        bytes proof,
        uint256[] registration
    );
    /// A command posted on-chain (opening and proof: zero and empty in a
    /// poll whose commands are signed).
    event OnChainCommand(
        uint64 indexed index, uint256 entry, uint256[2] ephemeralKey, uint256[] ciphertext, uint256 opening, bytes proof
    );

    error NotCoordinator();
    error AlreadySealed();
    error StillOpen(uint64 end);
    error NotAField(uint256 value);
    error WrongVerifier(bytes32 want, bytes32 got);
    error VerifierForAnotherPoll(uint256 want, uint256 got);
    error BadDefinition();
    error VotingClosed();
    error NotYetOpen(uint64 start);
    error NoOnChainVoting();
    error AlreadyJoined(uint256 nullifier);
    error TooManyJoins(uint64 max);
    error WrongCiphertextLength(uint256 want, uint256 got);
    error WrongRegistrationLength(uint256 got);
    error UnexpectedProof();

    constructor(Definition memory d, address coordinator_, IPollGroth16Verifier2 joinVerifier_, Voting memory v) {
        uint256[] memory xs = new uint256[](6);
        xs[0] = d.censusRoot;
        xs[1] = d.coordinatorKeyX;
        xs[2] = d.coordinatorKeyY;
        xs[3] = d.mode;
        xs[4] = d.numOptions;
        xs[5] = d.descriptorHash;
        for (uint256 i = 0; i < xs.length; i++) {
            if (xs[i] >= FIELD) revert NotAField(xs[i]);
        }
        if (d.mode > 2 || d.numOptions < 2 || coordinator_ == address(0) || (d.end != 0 && d.end <= d.start)) {
            revert BadDefinition();
        }
        bytes32 got = joinVerifier_.VERIFYING_KEY_SHA256();
        if (got != d.joinKeySha256) revert WrongVerifier(d.joinKeySha256, got);
        uint256 id = Poseidon2.hash(DOMAIN_POLL, xs);
        uint256 bound = joinVerifier_.POLL_ID();
        if (bound != id) revert VerifierForAnotherPoll(id, bound);
        pollId = id;
        uint256[] memory one = new uint256[](1);
        one[0] = id;
        chainStart = Poseidon2.hash(DOMAIN_CHAIN, one);
        censusRoot = d.censusRoot;
        mode = d.mode;
        numOptions = d.numOptions;
        start = d.start;
        end = d.end;
        coordinator = coordinator_;
        joinVerifier = joinVerifier_;
        if (address(v.hasher) != address(0) && v.joinCiphertextLen < 3 + d.numOptions) revert BadDefinition();
        if (v.commandKeySha256 != 0 || address(v.commandVerifier) != address(0)) {
            bytes32 cg = v.commandVerifier.VERIFYING_KEY_SHA256();
            if (cg != v.commandKeySha256) revert WrongVerifier(v.commandKeySha256, cg);
            uint256 cb = v.commandVerifier.POLL_ID();
            if (cb != id) revert VerifierForAnotherPoll(id, cb);
        }
        hasher = v.hasher;
        commandVerifier = v.commandVerifier;
        joinCiphertextLen = v.joinCiphertextLen;
        commandCiphertextLen = v.commandCiphertextLen;
        maxOnChainJoins = v.maxOnChainJoins;
    }

    /// Reverts unless on-chain voting is open: the poll has an end time
    /// (a poll closed by the coordinator's seal alone takes no on-chain
    /// messages: one could land after the seal), it has started, and it
    /// has not ended.
    function _open() internal view {
        if (end == 0 || address(hasher) == address(0)) revert NoOnChainVoting();
        if (block.timestamp < start) revert NotYetOpen(start);
        if (block.timestamp >= end) revert VotingClosed();
    }

    function _field(uint256 x) internal pure {
        if (x >= FIELD) revert NotAField(x);
    }

    /// Extends the on-chain sub-chain by entry; returns the entry's index.
    function _extend(uint256 entry) internal returns (uint64 index) {
        onChainChain = Poseidon2.compress(onChainChain, entry);
        index = onChainEntries++;
    }

    /// A join as posted: its nullifier, state leaf, ephemeral key, poll key
    /// and ciphertext (as the coordinator's intake takes them), its
    /// join+vote proof (EIP-197 form), and its rate set registration (7
    /// words; none in a poll without command passes).
    struct Join {
        uint256 nullifier;
        uint256 leaf;
        uint256[2] ephemeralKey;
        uint256[2] pollKey;
        uint256[] ciphertext;
        bytes proof;
        uint256[] registration;
    }

    /// Posts a join. Its message hash and chain entry are recomputed here,
    /// so the coordinator can always open what it must log.
    function join(Join calldata j) external {
        _open();
        if (j.ciphertext.length != joinCiphertextLen) revert WrongCiphertextLength(joinCiphertextLen, j.ciphertext.length);
        if (j.registration.length != 0 && j.registration.length != 7) revert WrongRegistrationLength(j.registration.length);
        if (joined[j.nullifier]) revert AlreadyJoined(j.nullifier);
        if (onChainJoins >= maxOnChainJoins) revert TooManyJoins(maxOnChainJoins);
        uint256 entry = _joinEntry(j.nullifier, j.leaf, j.ephemeralKey, j.pollKey, j.ciphertext);
        joinVerifier.verifyProof(j.proof, [j.nullifier, entry]);
        joined[j.nullifier] = true;
        onChainJoins++;
        emit OnChainJoin(
            _extend(entry), entry, j.nullifier, j.leaf, j.ephemeralKey, j.pollKey, j.ciphertext, j.proof, j.registration
        );
    }

    /// A command as posted: its ephemeral key and ciphertext, and in a poll
    /// with command proofs its opening and command proof (EIP-197 form);
    /// in a poll with signed commands, opening 0 and no proof.
    struct Command {
        uint256[2] ephemeralKey;
        uint256[] ciphertext;
        uint256 opening;
        bytes proof;
    }

    /// Posts a command. Its message hash and chain entry are recomputed
    /// here, and its command proof verified (a forged one, left to the
    /// challenge window, would let anyone void the result). It needs no
    /// command pass: its gas bounds the flood passes bound off-chain.
    function command(Command calldata c) external {
        _open();
        if (c.ciphertext.length != commandCiphertextLen) {
            revert WrongCiphertextLength(commandCiphertextLen, c.ciphertext.length);
        }
        uint256[] memory xs = new uint256[](2 + c.ciphertext.length);
        (xs[0], xs[1]) = (c.ephemeralKey[0], c.ephemeralKey[1]);
        for (uint256 i = 0; i < c.ciphertext.length; i++) {
            xs[2 + i] = c.ciphertext[i];
        }
        uint256 mh = hasher.hash(DOMAIN_MESSAGE, xs); // reverts on an element outside the field
        uint256 entry;
        if (address(commandVerifier) != address(0)) {
            _field(c.opening);
            uint256[] memory e = new uint256[](3);
            (e[0], e[1], e[2]) = (KIND_COMMAND_ENTRY, mh, c.opening);
            entry = hasher.hash(DOMAIN_CHAIN, e);
            commandVerifier.verifyProof(c.proof, [entry]);
        } else {
            if (c.opening != 0 || c.proof.length != 0) revert UnexpectedProof();
            uint256[] memory e = new uint256[](2);
            (e[0], e[1]) = (KIND_COMMAND_ENTRY, mh);
            entry = hasher.hash(DOMAIN_CHAIN, e);
        }
        emit OnChainCommand(_extend(entry), entry, c.ephemeralKey, c.ciphertext, c.opening, c.proof);
    }

    /// A join's chain entry, Poseidon2(DomainChain; 1, message hash, leaf,
    /// nullifier), with its message hash recomputed from what it carries.
    function _joinEntry(
        uint256 nullifier,
        uint256 leaf,
        uint256[2] calldata ephemeralKey,
        uint256[2] calldata pollKey,
        uint256[] calldata ciphertext
    ) internal view returns (uint256) {
        _field(nullifier);
        _field(leaf);
        uint256[] memory xs = new uint256[](4 + ciphertext.length);
        (xs[0], xs[1], xs[2], xs[3]) = (ephemeralKey[0], ephemeralKey[1], pollKey[0], pollKey[1]);
        for (uint256 i = 0; i < ciphertext.length; i++) {
            xs[4 + i] = ciphertext[i];
        }
        uint256[] memory e = new uint256[](4);
        // The hasher reverts on an element outside the field.
        (e[0], e[1], e[2], e[3]) = (KIND_JOIN_ENTRY, hasher.hash(DOMAIN_MESSAGE, xs), leaf, nullifier);
        return hasher.hash(DOMAIN_CHAIN, e);
    }

    /// Anchors the sealed log: its final chain hash and its number of entries.
    function anchor(uint256 chainHash, uint64 entries) external {
        if (msg.sender != coordinator) revert NotCoordinator();
        if (isSealed) revert AlreadySealed();
        if (end != 0 && block.timestamp <= end) revert StillOpen(end);
        if (chainHash >= FIELD) revert NotAField(chainHash);
        isSealed = true;
        sealedChainHash = chainHash;
        sealedEntries = entries;
        emit Anchored(pollId, chainHash, entries);
    }
}
