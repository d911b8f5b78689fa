// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Poseidon2} from "../Poseidon2.sol";
import {IPollGroth16Verifier2} from "./IVerifier.sol";

/// @title A zkvote poll on-chain: its identity and the anchor of its sealed log.
/// @notice The poll ID is recomputed here from the definition's fields
/// exactly as the circuits and the Go code compute it (docs/protocol.md,
/// "Poll"): Poseidon2(DomainPoll; census root, coordinator key x, y, mode,
/// option count, descriptor hash). The descriptor hash commits to the rest
/// of the definition (title, options, window, execution payload, the
/// SHA-256 of every verifying key); `zkvote deploy` checks the constructor
/// arguments against the definition file, and anyone can repeat the check.
/// @dev After the voting window the coordinator's Ethereum account anchors
/// the sealed chain hash of its gasless log, the value every processing
/// proof is checked against (Tally). Anchoring is once and final.
contract Poll {
    uint256 internal constant DOMAIN_POLL = 6;
    uint256 internal constant DOMAIN_CHAIN = 10;
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

    /// The sealed chain hash of the coordinator's log (0 until anchored).
    uint256 public sealedChainHash;
    /// The number of entries in the sealed log.
    uint64 public sealedEntries;
    bool public isSealed;

    event Anchored(uint256 indexed pollId, uint256 chainHash, uint64 entries);

    error NotCoordinator();
    error AlreadySealed();
    error StillOpen(uint64 end);
    error NotAField(uint256 value);
    error WrongVerifier(bytes32 want, bytes32 got);
    error VerifierForAnotherPoll(uint256 want, uint256 got);
    error BadDefinition();

    constructor(Definition memory d, address coordinator_, IPollGroth16Verifier2 joinVerifier_) {
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
