// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Poseidon2} from "../Poseidon2.sol";
import {IPollGroth16Verifier1} from "./IVerifier.sol";
import {Poll} from "./Poll.sol";
import {Tally} from "./Tally.sol";
import {Hasher} from "./Hasher.sol";

/// @title The challenge window of a zkvote poll's proven result.
/// @notice The processing proofs take each join's join+vote proof, and in a
/// poll with command proofs each command's command proof, as verified
/// (zkvote verify checks every one off-chain; verifying them all here would
/// cost a verification per message). So a result the Tally recorded becomes
/// final only after a challenge window (docs/protocol.md, "Join
/// challenges", "Command proofs"): anyone may challenge a join or a command
/// of the sub-chains the Tally's batch proofs covered (named by its batch,
/// whose ends the Tally committed to), and anyone must then answer with a
/// valid proof for exactly that entry (every honest one's proof is in the
/// published log) within the answer window, or the result is void; two
/// joins with one nullifier that both count void it at once. A join the
/// join pass skipped as a duplicate (Tally.joinSkips) may be challenged
/// too: it must then be shown to have an earlier join with its nullifier. A watcher who cannot see the
/// log (it was not published) challenges a whole batch, with a bond: the
/// batch's entries and each one's proof must then be posted, or the result
/// is void. Executor runs the payload only on a final result.
contract Challenges {
    uint256 internal constant DOMAIN_CHAIN = 10;
    uint256 internal constant KIND_JOIN_ENTRY = 1;
    uint256 internal constant KIND_COMMAND_ENTRY = 2;
    uint256 internal constant FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant ANSWERED = type(uint256).max;

    Tally public immutable tally;
    Poll public immutable poll;
    /// The Tally's Poseidon2 contract: a challenge hashes its batch's
    /// entries through it (a challenge is rare; compiling the width-4 and
    /// width-8 sponges in would leave this contract no room to grow).
    Hasher public immutable hasher;
    /// The command proof's verifier bound to the poll, and the SHA-256 of
    /// its key (the definition's command_key_sha256); both zero for a poll
    /// whose commands carry no proofs (processing checks their signatures).
    IPollGroth16Verifier1 public immutable commandVerifier;
    bytes32 public immutable commandKeySha256;
    /// How long after the result anyone may challenge, and how long a
    /// challenge has to be answered.
    uint256 public immutable challengeWindow;
    uint256 public immutable answerWindow;
    /// The bond (wei) a batch challenge carries: paid to whoever answers
    /// it, refunded to the challenger when it goes unanswered.
    uint256 public immutable batchBond;

    /// Per challenge id (joinId, commandId, batchId, commandBatchId): the
    /// answer deadline, or ANSWERED.
    mapping(bytes32 => uint256) public challenged;
    /// Who bonded each open batch challenge.
    mapping(bytes32 => address) public bonder;
    uint256 public openChallenges;
    /// A challenge went unanswered, or two joins share a nullifier.
    bool public voided;

    /// entry = (message hash, state leaf, nullifier) of the join.
    event JoinChallenged(bytes32 indexed id, uint256[3] entry, uint256 batch, uint256 deadline);
    event JoinAnswered(bytes32 indexed id);
    event BatchChallenged(bytes32 indexed id, uint256 batch, uint256 deadline);
    /// entries: the batch's joins, each (message hash, state leaf, nullifier).
    event BatchAnswered(bytes32 indexed id, uint256 batch, uint256[3][] entries);
    /// entry = (message hash, opening) of the command; batch in log order.
    event CommandChallenged(bytes32 indexed id, uint256[2] entry, uint256 batch, uint256 deadline);
    event CommandAnswered(bytes32 indexed id);
    event CommandBatchChallenged(bytes32 indexed id, uint256 batch, uint256 deadline);
    /// entries: the batch's commands, each (message hash, opening).
    event CommandBatchAnswered(bytes32 indexed id, uint256 batch, uint256[2][] entries);
    event Voided(bytes32 indexed id, string reason);
    /// The skipped join at position p of join batch b (entry: its message
    /// hash, state leaf, nullifier) must be shown to be a duplicate.
    event SkipChallenged(bytes32 indexed id, uint256[3] entry, uint256 batch, uint256 position, uint256 deadline);
    /// The earlier join with its nullifier: position p2 of batch b2.
    event SkipAnswered(bytes32 indexed id, uint256 batch, uint256 position);
    /// The skipped command at position p of command batch b (entry: its
    /// message hash, opening) must be shown to be a copy.
    event CommandSkipChallenged(bytes32 indexed id, uint256[2] entry, uint256 batch, uint256 position, uint256 deadline);
    /// The earlier identical command: position p2 of command batch b2.
    event CommandSkipAnswered(bytes32 indexed id, uint256 batch, uint256 position);

    error WrongVerifier(bytes32 want, bytes32 got);
    error VerifierForAnotherPoll(uint256 want, uint256 got);
    error NoCommandProofs();
    error NotDone();
    error ChallengeWindowOver(uint256 end);
    error NotInBatch(uint256 batch);
    error WrongBounds();
    error NotAField(uint256 value);
    error LengthMismatch();
    error AlreadyChallenged(bytes32 id);
    error NoSuchChallenge(bytes32 id);
    error AnswerTooLate(uint256 deadline);
    error NotExpired(uint256 deadline);
    error NotADuplicate();
    error WrongSkips();
    error NotSkipped(uint256 batch, uint256 position);
    error WrongBond(uint256 want);
    error PaymentFailed();

    constructor(
        Tally tally_,
        IPollGroth16Verifier1 commandVerifier_,
        bytes32 commandKeySha256_,
        uint256 challengeWindow_,
        uint256 answerWindow_,
        uint256 batchBond_
    ) {
        tally = tally_;
        poll = tally_.poll();
        hasher = tally_.hasher();
        if (commandKeySha256_ != 0 || address(commandVerifier_) != address(0)) {
            bytes32 got = commandVerifier_.VERIFYING_KEY_SHA256();
            if (got != commandKeySha256_) revert WrongVerifier(commandKeySha256_, got);
            uint256 id = poll.pollId();
            uint256 bound = commandVerifier_.POLL_ID();
            if (bound != id) revert VerifierForAnotherPoll(id, bound);
        }
        commandVerifier = commandVerifier_;
        commandKeySha256 = commandKeySha256_;
        challengeWindow = challengeWindow_;
        answerWindow = answerWindow_;
        batchBond = batchBond_;
    }

    /// Whether the result is final: recorded, its challenge window over,
    /// every challenge answered, and not void.
    function final_() external view returns (bool) {
        return tally.done() && !voided && openChallenges == 0 && block.timestamp >= tally.doneAt() + challengeWindow;
    }

    function _openWindow() internal view {
        if (!tally.done()) revert NotDone();
        uint256 end = tally.doneAt() + challengeWindow;
        if (block.timestamp >= end) revert ChallengeWindowOver(end);
    }

    function _field(uint256 x) internal pure {
        if (x >= FIELD) revert NotAField(x);
    }

    /// Checks bounds (a bound event's values, in order) against the Tally's
    /// hash chain over them.
    function _checkBounds(uint256[] calldata bounds, bytes32 want, uint256 count) internal pure {
        if (bounds.length != count) revert WrongBounds();
        bytes32 h;
        for (uint256 i = 0; i < bounds.length; i++) {
            h = keccak256(abi.encode(h, bounds[i]));
        }
        if (h != want) revert WrongBounds();
    }

    /// The sub-chain values where join batch b starts and ends (bounds:
    /// every JoinBatch value).
    function _joinBatch(uint256[] calldata bounds, uint256 b) internal view returns (uint256, uint256) {
        _checkBounds(bounds, tally.joinBounds(), tally.joinBoundCount());
        if (b + 1 >= bounds.length) revert NotInBatch(b);
        return (bounds[b], bounds[b + 1]);
    }

    /// The sub-chain values where command batch b (log order) starts and
    /// ends (bounds: every CommandBatch value, which the Tally recorded
    /// newest batch first), in a poll with command proofs.
    function _commandBatch(uint256[] calldata bounds, uint256 b) internal view returns (uint256, uint256) {
        if (address(commandVerifier) == address(0)) revert NoCommandProofs();
        return _commandBounds(bounds, b);
    }

    /// _commandBatch in any poll.
    function _commandBounds(uint256[] calldata bounds, uint256 b) internal view returns (uint256, uint256) {
        _checkBounds(bounds, tally.commandBounds(), tally.commandBoundCount());
        if (b + 1 >= bounds.length) revert NotInBatch(b);
        uint256 n = bounds.length - 1;
        return (bounds[n - b], bounds[n - 1 - b]);
    }

    /// Checks that entries, each hashed as kind's log entry
    /// (Poseidon2(DomainChain; kind, entry...)), chain from `from` to `to`:
    /// exactly the entries of batch b. Returns their entry hashes.
    function _chain(uint256 kind, uint256[] memory flat, uint256 width, uint256 from, uint256 to, uint256 b)
        internal
        view
        returns (uint256[] memory hashes)
    {
        uint256 n = flat.length / width;
        uint256[] memory xs = new uint256[](1 + width);
        xs[0] = kind;
        hashes = new uint256[](n);
        uint256 c = from;
        for (uint256 i = 0; i < n; i++) {
            for (uint256 k = 0; k < width; k++) {
                uint256 x = flat[i * width + k];
                _field(x);
                xs[1 + k] = x;
            }
            hashes[i] = hasher.hash(DOMAIN_CHAIN, xs);
            c = Poseidon2.compress(c, hashes[i]);
        }
        if (c != to) revert NotInBatch(b);
    }

    function _joinHashes(uint256[] calldata bounds, uint256 b, uint256[3][] calldata entries)
        internal
        view
        returns (uint256[] memory)
    {
        (uint256 from, uint256 to) = _joinBatch(bounds, b);
        uint256[] memory flat = new uint256[](3 * entries.length);
        for (uint256 i = 0; i < entries.length; i++) {
            (flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]) = (entries[i][0], entries[i][1], entries[i][2]);
        }
        return _chain(KIND_JOIN_ENTRY, flat, 3, from, to, b);
    }

    function _commandHashes(uint256[] calldata bounds, uint256 b, uint256[2][] calldata entries)
        internal
        view
        returns (uint256[] memory)
    {
        if (address(commandVerifier) == address(0)) revert NoCommandProofs();
        return _commandEntries(bounds, b, entries);
    }

    /// The entry hashes of command batch b's commands (each (message hash,
    /// opening); in a poll with signed commands the opening is 0 and the
    /// entry hashes the message hash alone), checked against its bounds.
    function _commandEntries(uint256[] calldata bounds, uint256 b, uint256[2][] calldata entries)
        internal
        view
        returns (uint256[] memory)
    {
        (uint256 from, uint256 to) = _commandBounds(bounds, b);
        uint256 w = address(commandVerifier) == address(0) ? 1 : 2;
        uint256[] memory flat = new uint256[](w * entries.length);
        for (uint256 i = 0; i < entries.length; i++) {
            flat[w * i] = entries[i][0];
            if (w == 2) flat[w * i + 1] = entries[i][1];
            else if (entries[i][1] != 0) revert NotInBatch(b);
        }
        return _chain(KIND_COMMAND_ENTRY, flat, w, from, to, b);
    }

    /// Opens challenge id, due within answerWindow.
    function _raise(bytes32 id) internal returns (uint256 deadline) {
        if (challenged[id] != 0) revert AlreadyChallenged(id);
        deadline = block.timestamp + answerWindow;
        challenged[id] = deadline;
        openChallenges++;
    }

    /// Takes a batch challenge's bond.
    function _bond(bytes32 id) internal {
        if (msg.value != batchBond) revert WrongBond(batchBond);
        bonder[id] = msg.sender;
    }

    /// Closes challenge id as answered (the caller verifies the answer).
    function _answer(bytes32 id) internal {
        uint256 deadline = challenged[id];
        if (deadline == 0 || deadline == ANSWERED) revert NoSuchChallenge(id);
        if (block.timestamp >= deadline) revert AnswerTooLate(deadline);
        challenged[id] = ANSWERED;
        openChallenges--;
    }

    /// Pays an answered batch challenge's bond to the answerer.
    function _payBond(bytes32 id) internal {
        delete bonder[id];
        (bool ok,) = msg.sender.call{value: batchBond}("");
        if (!ok) revert PaymentFailed();
    }

    /// The challenge id of a join: of its entry hash (message.JoinEntry).
    function joinId(uint256 entryHash) public pure returns (bytes32) {
        return keccak256(abi.encode("join", entryHash));
    }

    /// The challenge id of a command: of its entry hash (message.CommandEntry).
    function commandId(uint256 entryHash) public pure returns (bytes32) {
        return keccak256(abi.encode("command", entryHash));
    }

    /// The challenge id of join batch b.
    function batchId(uint256 b) public pure returns (bytes32) {
        return keccak256(abi.encode("batch", b));
    }

    /// The challenge id of the skipped join at position p of join batch b.
    function skipId(uint256 b, uint256 p) public pure returns (bytes32) {
        return keccak256(abi.encode("skip", b, p));
    }

    /// Checks skips (every join batch's skip mask, in order) against the
    /// Tally's hash chain over them; returns whether position p of batch b
    /// was skipped.
    function _skipped(uint256[] calldata skips, uint256 b, uint256 p) internal view returns (bool) {
        return _maskBit(skips, tally.joinSkips(), tally.joinBoundCount(), b, false, p);
    }

    /// Checks masks (one per batch) against want, the Tally's hash chain
    /// over them, of count - 1 batches; returns bit p of batch b's mask
    /// (the masks in reverse batch order when reversed).
    function _maskBit(uint256[] calldata masks, bytes32 want, uint256 count, uint256 b, bool reversed, uint256 p)
        internal
        pure
        returns (bool)
    {
        if (masks.length + 1 != count) revert WrongSkips();
        bytes32 h;
        for (uint256 i = 0; i < masks.length; i++) {
            h = keccak256(abi.encode(h, masks[i]));
        }
        if (h != want) revert WrongSkips();
        if (b >= masks.length) revert NotInBatch(b);
        uint256 m = masks[reversed ? masks.length - 1 - b : b];
        return p < 256 && (m >> p) & 1 == 1;
    }

    /// The challenge id of the skipped command at position p of command
    /// batch b (log order).
    function commandSkipId(uint256 b, uint256 p) public pure returns (bytes32) {
        return keccak256(abi.encode("command skip", b, p));
    }

    /// Checks skips (every command batch's skip mask, newest batch first, as
    /// the Tally recorded them) against the Tally's hash chain over them;
    /// returns whether position p of command batch b (log order) was
    /// skipped.
    function _commandSkipped(uint256[] calldata skips, uint256 b, uint256 p) internal view returns (bool) {
        return _maskBit(skips, tally.commandSkips(), tally.commandBoundCount(), b, true, p);
    }

    /// The challenge id of command batch b (log order).
    function commandBatchId(uint256 b) public pure returns (bytes32) {
        return keccak256(abi.encode("command batch", b));
    }

    /// Challenges the join at position p of join batch b (bounds: every
    /// JoinBatch value of the Tally; entries: the batch's joins, each
    /// (message hash, state leaf, nullifier), as the published log has them).
    function challengeJoin(uint256[] calldata bounds, uint256 b, uint256[3][] calldata entries, uint256 p) external {
        _openWindow();
        uint256[] memory hashes = _joinHashes(bounds, b, entries);
        if (p >= entries.length) revert NotInBatch(b);
        bytes32 id = joinId(hashes[p]);
        emit JoinChallenged(id, entries[p], b, _raise(id));
    }

    /// Answers a challenge with the join's join+vote proof (EIP-197 form)
    /// for its nullifier and entry hash (the poll's verifier holds the poll
    /// ID; the entry hash binds the message hash, state leaf and nullifier).
    function answerJoin(uint256 nullifier, uint256 entryHash, bytes calldata proof) external {
        bytes32 id = joinId(entryHash);
        _answer(id);
        poll.joinVerifier().verifyProof(proof, [nullifier, entryHash]);
        emit JoinAnswered(id);
    }

    /// Challenges every join of batch b without naming them (for a watcher
    /// who cannot see the joins), with batchBond: within answerWindow
    /// someone must post the batch's joins and each one's proof.
    function challengeBatch(uint256[] calldata bounds, uint256 b) external payable {
        _openWindow();
        _joinBatch(bounds, b);
        bytes32 id = batchId(b);
        _bond(id);
        emit BatchChallenged(id, b, _raise(id));
    }

    /// Answers a batch challenge: the batch's joins and, for each, its
    /// join+vote proof (EIP-197 form). The bond goes to the answerer.
    function answerBatch(uint256[] calldata bounds, uint256 b, uint256[3][] calldata entries, bytes[] calldata proofs)
        external
    {
        bytes32 id = batchId(b);
        _answer(id);
        uint256[] memory hashes = _joinHashes(bounds, b, entries);
        if (proofs.length != entries.length) revert LengthMismatch();
        for (uint256 i = 0; i < entries.length; i++) {
            poll.joinVerifier().verifyProof(proofs[i], [entries[i][2], hashes[i]]);
        }
        emit BatchAnswered(id, b, entries);
        _payBond(id);
    }

    /// Challenges the command at position p of command batch b, in log
    /// order (bounds: every CommandBatch value of the Tally; entries: the
    /// batch's commands, each (message hash, opening), as the published log
    /// has them). Only in a poll with command proofs.
    function challengeCommand(uint256[] calldata bounds, uint256 b, uint256[2][] calldata entries, uint256 p)
        external
    {
        _openWindow();
        uint256[] memory hashes = _commandHashes(bounds, b, entries);
        if (p >= entries.length) revert NotInBatch(b);
        bytes32 id = commandId(hashes[p]);
        emit CommandChallenged(id, entries[p], b, _raise(id));
    }

    /// Answers a command challenge with the command's proof (EIP-197 form)
    /// for its entry hash (the verifier holds the poll ID).
    function answerCommand(uint256 entryHash, bytes calldata proof) external {
        bytes32 id = commandId(entryHash);
        _answer(id);
        commandVerifier.verifyProof(proof, [entryHash]);
        emit CommandAnswered(id);
    }

    /// Challenges every command of command batch b (log order) without
    /// naming them, with batchBond.
    function challengeCommandBatch(uint256[] calldata bounds, uint256 b) external payable {
        _openWindow();
        _commandBatch(bounds, b);
        bytes32 id = commandBatchId(b);
        _bond(id);
        emit CommandBatchChallenged(id, b, _raise(id));
    }

    /// Answers a command batch challenge: the batch's commands and each
    /// one's proof (EIP-197 form). The bond goes to the answerer.
    function answerCommandBatch(
        uint256[] calldata bounds,
        uint256 b,
        uint256[2][] calldata entries,
        bytes[] calldata proofs
    ) external {
        bytes32 id = commandBatchId(b);
        _answer(id);
        uint256[] memory hashes = _commandHashes(bounds, b, entries);
        if (proofs.length != entries.length) revert LengthMismatch();
        for (uint256 i = 0; i < entries.length; i++) {
            commandVerifier.verifyProof(proofs[i], [hashes[i]]);
        }
        emit CommandBatchAnswered(id, b, entries);
        _payBond(id);
    }

    /// Voids the result once a challenge passed its deadline unanswered; a
    /// batch challenge's bond goes back.
    function expire(bytes32 id) external {
        uint256 deadline = challenged[id];
        if (deadline == 0 || deadline == ANSWERED) revert NoSuchChallenge(id);
        if (block.timestamp < deadline) revert NotExpired(deadline);
        voided = true;
        address payable back = payable(bonder[id]);
        delete bonder[id];
        emit Voided(id, "a challenge was not answered with valid proofs");
        if (back != address(0)) {
            (bool ok,) = back.call{value: batchBond}("");
            if (!ok) revert PaymentFailed();
        }
    }

    /// Voids the result: two joins of the join sub-chain (position p1 of
    /// batch b1, p2 of b2) that the join pass did not skip (skips: every
    /// join batch's skip mask) share a nullifier, so one member counted
    /// twice.
    function challengeDuplicate(
        uint256[] calldata bounds,
        uint256[] calldata skips,
        uint256 b1,
        uint256[3][] calldata e1,
        uint256 p1,
        uint256 b2,
        uint256[3][] calldata e2,
        uint256 p2
    ) external {
        _openWindow();
        uint256[] memory h1 = _joinHashes(bounds, b1, e1);
        _joinHashes(bounds, b2, e2);
        if (p1 >= e1.length || p2 >= e2.length || (b1 == b2 && p1 == p2) || e1[p1][2] != e2[p2][2]) revert NotADuplicate();
        if (_skipped(skips, b1, p1) || _skipped(skips, b2, p2)) revert NotADuplicate();
        voided = true;
        emit Voided(joinId(h1[p1]), "two joins share a nullifier");
    }

    /// Challenges the join at position p of join batch b, which the join
    /// pass skipped as a duplicate (skips: every join batch's skip mask):
    /// within answerWindow someone must show an earlier join with its
    /// nullifier (answerSkip), or the result is void: a voter was dropped.
    function challengeSkip(
        uint256[] calldata bounds,
        uint256[] calldata skips,
        uint256 b,
        uint256[3][] calldata entries,
        uint256 p
    ) external {
        _openWindow();
        _joinHashes(bounds, b, entries);
        if (p >= entries.length || !_skipped(skips, b, p)) revert NotSkipped(b, p);
        bytes32 id = skipId(b, p);
        emit SkipChallenged(id, entries[p], b, p, _raise(id));
    }

    /// Answers a skip challenge: the skipped join's batch b (entries) and
    /// position p, and an earlier join of the join sub-chain (position p2
    /// of batch b2, entries2) with the same nullifier.
    function answerSkip(
        uint256[] calldata bounds,
        uint256 b,
        uint256[3][] calldata entries,
        uint256 p,
        uint256 b2,
        uint256[3][] calldata entries2,
        uint256 p2
    ) external {
        bytes32 id = skipId(b, p);
        _answer(id);
        _joinHashes(bounds, b, entries);
        _joinHashes(bounds, b2, entries2);
        bool earlier = b2 < b || (b2 == b && p2 < p);
        if (p >= entries.length || p2 >= entries2.length || !earlier || entries[p][2] != entries2[p2][2]) {
            revert NotADuplicate();
        }
        emit SkipAnswered(id, b2, p2);
    }

    /// Challenges the command at position p of command batch b (log order),
    /// which processing skipped as a copy (skips: every command batch's skip
    /// mask, newest first): within answerWindow someone must show an
    /// earlier identical command (answerCommandSkip), or the result is
    /// void: a voter's command was dropped.
    function challengeCommandSkip(
        uint256[] calldata bounds,
        uint256[] calldata skips,
        uint256 b,
        uint256[2][] calldata entries,
        uint256 p
    ) external {
        _openWindow();
        _commandEntries(bounds, b, entries);
        if (p >= entries.length || !_commandSkipped(skips, b, p)) revert NotSkipped(b, p);
        bytes32 id = commandSkipId(b, p);
        emit CommandSkipChallenged(id, entries[p], b, p, _raise(id));
    }

    /// Answers a command skip challenge: the skipped command's batch b
    /// (entries) and position p, and an earlier command of the sub-chain
    /// (position p2 of batch b2, entries2) with the same entry.
    function answerCommandSkip(
        uint256[] calldata bounds,
        uint256 b,
        uint256[2][] calldata entries,
        uint256 p,
        uint256 b2,
        uint256[2][] calldata entries2,
        uint256 p2
    ) external {
        bytes32 id = commandSkipId(b, p);
        _answer(id);
        uint256[] memory h = _commandEntries(bounds, b, entries);
        uint256[] memory h2 = _commandEntries(bounds, b2, entries2);
        bool earlier = b2 < b || (b2 == b && p2 < p);
        if (p >= h.length || p2 >= h2.length || !earlier || h[p] != h2[p2]) revert NotADuplicate();
        emit CommandSkipAnswered(id, b2, p2);
    }

    /// Voids the result: two commands of the command sub-chain (position p1
    /// of batch b1, p2 of b2) that processing did not skip are the same
    /// command, so one counted twice (a copy posted as the newest undoes
    /// a voter's later choice).
    function challengeCommandRepeat(
        uint256[] calldata bounds,
        uint256[] calldata skips,
        uint256 b1,
        uint256[2][] calldata e1,
        uint256 p1,
        uint256 b2,
        uint256[2][] calldata e2,
        uint256 p2
    ) external {
        _openWindow();
        uint256[] memory h1 = _commandEntries(bounds, b1, e1);
        uint256[] memory h2 = _commandEntries(bounds, b2, e2);
        if (p1 >= h1.length || p2 >= h2.length || (b1 == b2 && p1 == p2) || h1[p1] != h2[p2]) revert NotADuplicate();
        if (_commandSkipped(skips, b1, p1) || _commandSkipped(skips, b2, p2)) revert NotADuplicate();
        voided = true;
        emit Voided(commandId(h1[p1]), "a command counted twice");
    }
}
