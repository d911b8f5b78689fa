// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Poseidon2} from "../Poseidon2.sol";
import {IGroth16Verifier1} from "./IVerifier.sol";
import {Poll} from "./Poll.sol";
import {Hasher} from "./Hasher.sol";

/// @title The proven tally of a zkvote poll, checked on-chain.
/// @notice Takes the processing proofs of a poll (docs/protocol.md, "Proven
/// processing") in the order they chain: every split (sealed log routed
/// into the join and command sub-chains), then every join batch (forward),
/// then every command batch newest first, then the opening of the last
/// state commitment; and records the per-option totals that opening
/// proves. It is the on-chain twin of verifier.CheckTally.
/// @dev Each proof has one public input, Poseidon2(DomainBatch; kind,
/// boundary values...), recomputed here from the cursor the previous proof
/// left and the values the caller gives for where this proof ends; so a
/// proof out of order, replayed, for another poll or against another
/// chain hash does not verify. Only the poll's coordinator account posts
/// proofs: a valid proof over entries that are not the sealed log's (the
/// entries are private inputs; anyone holding the proving keys can make
/// one) would otherwise let anyone move a cursor off the sealed chain and
/// stop the settlement for good. Anyone may publish the opening once the
/// proofs are in (it is fixed by the last state).
///
/// The processing proofs take each join's proof as verified (zkvote verify
/// checks every one off-chain; verifying them all here would cost a
/// join+vote verification per voter). So a recorded result becomes final
/// only after a challenge window (docs/protocol.md, "Join challenges"):
/// anyone may challenge a join of the join sub-chain (shown in its batch,
/// whose ends this contract committed to), and anyone must then answer with a
/// valid join+vote proof for exactly that join (every honest join's proof
/// is in the published log) within the answer window, or the result is
/// void; two joins with one nullifier void it at once. A watcher who cannot
/// see the joins (the log was not published) challenges a whole batch,
/// with a bond: the batch's joins and each one's proof must then be posted,
/// or the result is void. Executor runs the payload only on a final result.
contract Tally {
    uint256 internal constant DOMAIN_CHAIN = 10;
    uint256 internal constant KIND_JOIN_ENTRY = 1;
    uint256 internal constant DOMAIN_PROCESS = 12;
    uint256 internal constant DOMAIN_BATCH = 13;
    uint256 internal constant KIND_SPLIT = 1;
    uint256 internal constant KIND_JOINS = 2;
    uint256 internal constant KIND_COMMANDS = 3;
    uint256 internal constant FIELD = 21888242871839275222246405745257275088548364400416034343698204186575808495617;

    enum Phase {
        Splits,
        Joins,
        Commands,
        Done
    }

    /// The verifiers of the three processing circuits and the keys they pin.
    struct Verifiers {
        IGroth16Verifier1 split;
        IGroth16Verifier1 joins;
        IGroth16Verifier1 commands;
        bytes32 splitKeySha256;
        bytes32 joinsKeySha256;
        bytes32 commandsKeySha256;
    }

    Poll public immutable poll;
    uint256 public immutable pollId;
    IGroth16Verifier1 public immutable splitVerifier;
    IGroth16Verifier1 public immutable joinsVerifier;
    IGroth16Verifier1 public immutable commandsVerifier;
    /// The commitment to the empty state of the poll's parameter set
    /// (process.EmptyState(params).Commitment()), where the joins start.
    uint256 public immutable emptyState;
    /// The parameter set's MaxVoteOptions: how many totals a state commits to.
    uint256 public immutable maxOptions;
    /// Poseidon2 at every width, for the one-time opening of the result
    /// (the proofs' hashes use the width-8 sponge compiled in here).
    Hasher public immutable hasher;

    Phase public phase;
    /// Split cursor: the sealed chain and the two sub-chains so far.
    uint256 public chain;
    uint256 public joinChain;
    uint256 public commandChain;
    /// Join cursor: the join sub-chain consumed so far.
    uint256 public joinCursor;
    /// Command cursor: the command sub-chain still to consume, walking back.
    uint256 public commandCursor;
    /// The state commitment the next proof starts from.
    uint256 public state;
    /// Proofs accepted so far.
    uint256 public proofs;

    uint256[] internal _totals;
    uint256[] internal _spent;
    uint256 public joins;

    /// How long after the result anyone may challenge a join, and how long
    /// a challenged join has to be answered.
    uint256 public immutable challengeWindow;
    uint256 public immutable answerWindow;
    /// The bond (wei) a batch challenge carries: paid to whoever answers
    /// it, refunded to the challenger when it goes unanswered.
    uint256 public immutable batchBond;
    /// Who bonded each open batch challenge.
    mapping(bytes32 => address) public bonder;
    /// When the result was recorded.
    uint256 public doneAt;
    /// A hash chain over the join sub-chain at the start of each join batch,
    /// then at its end (each also in a JoinBatch event): one warm storage
    /// write per batch instead of a slot each.
    bytes32 public joinBounds;
    /// How many values joinBounds holds (join batches + 1, once the joins are done).
    uint256 public joinBoundCount;
    uint256 internal constant ANSWERED = type(uint256).max;
    /// Per challenged join (keccak256 of its message hash, state leaf and
    /// nullifier): the answer deadline, or ANSWERED.
    mapping(bytes32 => uint256) public challenged;
    uint256 public openChallenges;
    /// A join could not be answered, or two joins share a nullifier.
    bool public voided;

    event Proven(uint256 indexed pollId, Phase phase, uint256 count, uint256 state);
    event Tallied(uint256 indexed pollId, uint256[] totals, uint256[] spent, uint256 joins);
    /// entry = (message hash, state leaf, nullifier) of the join.
    event JoinBatch(uint256 indexed index, uint256 start);
    event JoinChallenged(bytes32 indexed id, uint256[3] entry, uint256 batch, uint256 deadline);
    event JoinAnswered(bytes32 indexed id);
    event BatchChallenged(bytes32 indexed id, uint256 batch, uint256 deadline);
    /// entries: the batch's joins, each (message hash, state leaf, nullifier).
    event BatchAnswered(bytes32 indexed id, uint256 batch, uint256[3][] entries);
    event Voided(bytes32 indexed id, string reason);

    error WrongVerifier(bytes32 want, bytes32 got);
    error WrongPhase(Phase phase);
    error NotSealed();
    error LengthMismatch();
    error SplitsIncomplete(uint256 chain, uint256 sealedChainHash);
    error JoinsIncomplete();
    error CommandsIncomplete();
    error NotAField(uint256 value);
    error ResultMismatch();
    error VotesBeyondOptions(uint256 option);
    error NotCoordinator();
    error NotDone();
    error ChallengeWindowOver(uint256 end);
    error NotInBatch(uint256 batch);
    error WrongBounds();
    error AlreadyChallenged(bytes32 id);
    error NoSuchChallenge(bytes32 id);
    error AnswerTooLate(uint256 deadline);
    error NotExpired(uint256 deadline);
    error NotADuplicate();
    error WrongBond(uint256 want);
    error PaymentFailed();

    /// Proofs come from the poll's coordinator account (see the contract's notice).
    modifier onlyCoordinator() {
        if (msg.sender != poll.coordinator()) revert NotCoordinator();
        _;
    }

    constructor(
        Poll poll_,
        Verifiers memory v,
        uint256 emptyState_,
        uint256 maxOptions_,
        Hasher hasher_,
        uint256 challengeWindow_,
        uint256 answerWindow_,
        uint256 batchBond_
    ) {
        _pin(v.split, v.splitKeySha256);
        _pin(v.joins, v.joinsKeySha256);
        _pin(v.commands, v.commandsKeySha256);
        poll = poll_;
        pollId = poll_.pollId();
        splitVerifier = v.split;
        joinsVerifier = v.joins;
        commandsVerifier = v.commands;
        emptyState = emptyState_;
        maxOptions = maxOptions_;
        hasher = hasher_;
        state = emptyState_;
        chain = poll_.chainStart();
        challengeWindow = challengeWindow_;
        answerWindow = answerWindow_;
        batchBond = batchBond_;
        if (maxOptions_ < poll_.numOptions()) revert LengthMismatch();
    }

    function _pin(IGroth16Verifier1 v, bytes32 want) internal view {
        bytes32 got = v.VERIFYING_KEY_SHA256();
        if (got != want) revert WrongVerifier(want, got);
    }

    function _field(uint256 x) internal pure {
        if (x >= FIELD) revert NotAField(x);
    }

    function _verify(IGroth16Verifier1 v, bytes calldata proof, uint256[] memory ends) internal view {
        uint256[1] memory input = [Poseidon2.hashWidth8(DOMAIN_BATCH, ends)]; // 5 to 7 values
        v.verifyProof(proof, input);
    }

    /// Split proofs, in log order. outs[i] = (chain out, join sub-chain
    /// out, command sub-chain out) of proof i; its ins are where the
    /// previous proof ended.
    function proveSplits(uint256[3][] calldata outs, bytes[] calldata proofs_) external onlyCoordinator {
        if (phase != Phase.Splits) revert WrongPhase(phase);
        if (outs.length != proofs_.length) revert LengthMismatch();
        (uint256 c, uint256 j, uint256 m) = (chain, joinChain, commandChain);
        uint256[] memory ends = new uint256[](7);
        ends[0] = KIND_SPLIT;
        for (uint256 i = 0; i < outs.length; i++) {
            (ends[1], ends[3], ends[5]) = (c, j, m);
            (c, j, m) = (outs[i][0], outs[i][1], outs[i][2]);
            _field(c);
            _field(j);
            _field(m);
            (ends[2], ends[4], ends[6]) = (c, j, m);
            _verify(splitVerifier, proofs_[i], ends);
        }
        (chain, joinChain, commandChain) = (c, j, m);
        proofs += outs.length;
        emit Proven(pollId, Phase.Splits, outs.length, c);
    }

    /// Ends the splits: they must have consumed the anchored log exactly.
    function _endSplits() internal {
        if (!poll.isSealed()) revert NotSealed();
        uint256 sealedHash = poll.sealedChainHash();
        if (chain != sealedHash) revert SplitsIncomplete(chain, sealedHash);
        phase = Phase.Joins;
    }

    /// Join batch proofs, in log order. outs[i] = (join sub-chain out,
    /// state commitment out).
    function proveJoins(uint256[2][] calldata outs, bytes[] calldata proofs_) external onlyCoordinator {
        if (phase == Phase.Splits) _endSplits();
        if (phase != Phase.Joins) revert WrongPhase(phase);
        if (outs.length != proofs_.length) revert LengthMismatch();
        (uint256 jc, uint256 s) = (joinCursor, state);
        uint256[] memory ends = new uint256[](5);
        ends[0] = KIND_JOINS;
        (bytes32 bh, uint256 bn) = (joinBounds, joinBoundCount);
        for (uint256 i = 0; i < outs.length; i++) {
            bh = keccak256(abi.encode(bh, jc));
            emit JoinBatch(bn++, jc);
            (ends[1], ends[3]) = (jc, s);
            (jc, s) = (outs[i][0], outs[i][1]);
            _field(jc);
            _field(s);
            (ends[2], ends[4]) = (jc, s);
            _verify(joinsVerifier, proofs_[i], ends);
        }
        (joinCursor, state) = (jc, s);
        (joinBounds, joinBoundCount) = (bh, bn);
        proofs += outs.length;
        emit Proven(pollId, Phase.Joins, outs.length, s);
    }

    /// Ends the joins: they must have consumed the join sub-chain exactly.
    function _endJoins() internal {
        if (phase == Phase.Splits) _endSplits();
        if (joinCursor != joinChain) revert JoinsIncomplete();
        joinBounds = keccak256(abi.encode(joinBounds, joinCursor));
        emit JoinBatch(joinBoundCount++, joinCursor);
        commandCursor = commandChain;
        phase = Phase.Commands;
    }

    /// Command batch proofs, newest batch first. outs[i] = (command
    /// sub-chain in, state commitment out) of proof i: its command
    /// sub-chain out is where the newer batch began (at first, the end of
    /// the sub-chain), its state in is the state that batch left.
    function proveCommands(uint256[2][] calldata outs, bytes[] calldata proofs_) external onlyCoordinator {
        if (phase == Phase.Splits || phase == Phase.Joins) _endJoins();
        if (phase != Phase.Commands) revert WrongPhase(phase);
        if (outs.length != proofs_.length) revert LengthMismatch();
        (uint256 cc, uint256 s) = (commandCursor, state);
        uint256[] memory ends = new uint256[](6);
        ends[0] = KIND_COMMANDS;
        ends[1] = pollId;
        for (uint256 i = 0; i < outs.length; i++) {
            (ends[3], ends[4]) = (cc, s);
            (cc, s) = (outs[i][0], outs[i][1]);
            _field(cc);
            _field(s);
            (ends[2], ends[5]) = (cc, s);
            _verify(commandsVerifier, proofs_[i], ends);
        }
        (commandCursor, state) = (cc, s);
        proofs += outs.length;
        emit Proven(pollId, Phase.Commands, outs.length, s);
    }

    /// Opens the last state commitment (process.Result): the blinded
    /// root, the number of joins, and per option of the parameter set the
    /// total and the sum of squares; records the poll's totals and spent.
    function publish(uint256 blinded, uint64 joins_, uint256[] calldata totals_, uint256[] calldata squares)
        external
    {
        if (phase == Phase.Done) revert WrongPhase(phase);
        if (phase != Phase.Commands) _endJoins();
        if (commandCursor != 0) revert CommandsIncomplete(); // process.SubChainStart()
        if (totals_.length != maxOptions || squares.length != maxOptions) revert LengthMismatch();
        uint256[] memory xs = new uint256[](2 + 2 * maxOptions);
        xs[0] = blinded;
        xs[1] = joins_;
        for (uint256 o = 0; o < maxOptions; o++) {
            xs[2 + o] = totals_[o];
            xs[2 + maxOptions + o] = squares[o];
        }
        for (uint256 i = 0; i < xs.length; i++) {
            _field(xs[i]);
        }
        if (hasher.hash(DOMAIN_PROCESS, xs) != state) revert ResultMismatch();
        uint256 n = poll.numOptions();
        for (uint256 o = n; o < maxOptions; o++) {
            if (totals_[o] != 0) revert VotesBeyondOptions(o);
        }
        bool quadratic = poll.mode() == 2;
        for (uint256 o = 0; o < n; o++) {
            _totals.push(totals_[o]);
            _spent.push(quadratic ? squares[o] : totals_[o]);
        }
        joins = joins_;
        phase = Phase.Done;
        doneAt = block.timestamp;
        emit Tallied(pollId, _totals, _spent, joins_);
    }

    /// Whether the result is final: recorded, its challenge window over,
    /// every challenge answered, and not void.
    function final_() external view returns (bool) {
        return phase == Phase.Done && !voided && openChallenges == 0 && block.timestamp >= doneAt + challengeWindow;
    }

    function _openWindow() internal view {
        if (phase != Phase.Done) revert NotDone();
        if (block.timestamp >= doneAt + challengeWindow) revert ChallengeWindowOver(doneAt + challengeWindow);
    }

    /// Checks bounds (the JoinBatch events' values, in order) against
    /// joinBounds, and that entries are exactly the joins of batch b: from
    /// the start of the batch, they chain to its end.
    function _checkBounds(uint256[] calldata bounds) internal view {
        if (bounds.length != joinBoundCount) revert WrongBounds();
        bytes32 h;
        for (uint256 i = 0; i < bounds.length; i++) {
            h = keccak256(abi.encode(h, bounds[i]));
        }
        if (h != joinBounds) revert WrongBounds();
    }

    function _inBatch(uint256[] calldata bounds, uint256 b, uint256[3][] calldata entries)
        internal
        view
        returns (uint256[] memory hashes)
    {
        _checkBounds(bounds);
        if (b + 1 >= bounds.length) revert NotInBatch(b);
        uint256 c = bounds[b];
        uint256[] memory xs = new uint256[](4);
        xs[0] = KIND_JOIN_ENTRY;
        hashes = new uint256[](entries.length);
        for (uint256 i = 0; i < entries.length; i++) {
            (xs[1], xs[2], xs[3]) = (entries[i][0], entries[i][1], entries[i][2]);
            _field(xs[1]);
            _field(xs[2]);
            _field(xs[3]);
            hashes[i] = Poseidon2.hashWidth8(DOMAIN_CHAIN, xs);
            c = Poseidon2.compress(c, hashes[i]);
        }
        if (c != bounds[b + 1]) revert NotInBatch(b);
    }

    /// The challenge id of a join: of its entry hash (message.JoinEntry).
    function joinId(uint256 entryHash) public pure returns (bytes32) {
        return keccak256(abi.encode("join", entryHash));
    }

    /// Challenges the join at position p of join batch b (bounds: every
    /// JoinBatch value; entries: the batch's joins, each (message hash,
    /// state leaf, nullifier), as the published log has them). It must be
    /// answered within answerWindow.
    function challengeJoin(uint256[] calldata bounds, uint256 b, uint256[3][] calldata entries, uint256 p) external {
        _openWindow();
        uint256[] memory hashes = _inBatch(bounds, b, entries);
        if (p >= entries.length) revert NotInBatch(b);
        bytes32 id = joinId(hashes[p]);
        if (challenged[id] != 0) revert AlreadyChallenged(id);
        uint256 deadline = block.timestamp + answerWindow;
        challenged[id] = deadline;
        openChallenges++;
        emit JoinChallenged(id, entries[p], b, deadline);
    }

    /// Answers a challenge with the join's join+vote proof (EIP-197 form)
    /// for its nullifier and entry hash (the poll's verifier holds the poll
    /// ID; the entry hash binds the message hash, state leaf and nullifier).
    function answerJoin(uint256 nullifier, uint256 entryHash, bytes calldata proof) external {
        bytes32 id = joinId(entryHash);
        uint256 deadline = challenged[id];
        if (deadline == 0 || deadline == ANSWERED) revert NoSuchChallenge(id);
        if (block.timestamp >= deadline) revert AnswerTooLate(deadline);
        poll.joinVerifier().verifyProof(proof, [nullifier, entryHash]);
        challenged[id] = ANSWERED;
        openChallenges--;
        emit JoinAnswered(id);
    }

    /// The challenge id of join batch b.
    function batchId(uint256 b) public pure returns (bytes32) {
        return keccak256(abi.encode("batch", b));
    }

    /// Challenges every join of batch b without naming them (for a watcher
    /// who cannot see the joins), with batchBond: within answerWindow
    /// someone must post the batch's joins and each one's proof.
    function challengeBatch(uint256[] calldata bounds, uint256 b) external payable {
        _openWindow();
        if (msg.value != batchBond) revert WrongBond(batchBond);
        _checkBounds(bounds);
        if (b + 1 >= bounds.length) revert NotInBatch(b);
        bytes32 id = batchId(b);
        if (challenged[id] != 0) revert AlreadyChallenged(id);
        uint256 deadline = block.timestamp + answerWindow;
        challenged[id] = deadline;
        bonder[id] = msg.sender;
        openChallenges++;
        emit BatchChallenged(id, b, deadline);
    }

    /// Answers a batch challenge: the batch's joins and, for each, its
    /// join+vote proof (EIP-197 form). The bond goes to the answerer.
    function answerBatch(uint256[] calldata bounds, uint256 b, uint256[3][] calldata entries, bytes[] calldata proofs)
        external
    {
        bytes32 id = batchId(b);
        uint256 deadline = challenged[id];
        if (deadline == 0 || deadline == ANSWERED) revert NoSuchChallenge(id);
        if (block.timestamp >= deadline) revert AnswerTooLate(deadline);
        uint256[] memory hashes = _inBatch(bounds, b, entries);
        if (proofs.length != entries.length) revert LengthMismatch();
        for (uint256 i = 0; i < entries.length; i++) {
            poll.joinVerifier().verifyProof(proofs[i], [entries[i][2], hashes[i]]);
        }
        challenged[id] = ANSWERED;
        openChallenges--;
        delete bonder[id];
        emit BatchAnswered(id, b, entries);
        (bool ok,) = msg.sender.call{value: batchBond}("");
        if (!ok) revert PaymentFailed();
    }

    /// Voids the result once a challenge (id: a join's, or batchId) passed
    /// its deadline unanswered; a batch challenge's bond goes back.
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
    /// batch b1, p2 of b2) share a nullifier, so one member joined twice.
    function challengeDuplicate(
        uint256[] calldata bounds,
        uint256 b1,
        uint256[3][] calldata e1,
        uint256 p1,
        uint256 b2,
        uint256[3][] calldata e2,
        uint256 p2
    ) external {
        _openWindow();
        uint256[] memory h1 = _inBatch(bounds, b1, e1);
        _inBatch(bounds, b2, e2);
        if (p1 >= e1.length || p2 >= e2.length || (b1 == b2 && p1 == p2) || e1[p1][2] != e2[p2][2]) revert NotADuplicate();
        voided = true;
        emit Voided(joinId(h1[p1]), "two joins share a nullifier");
    }

    /// Whether the result is proven and recorded.
    function done() external view returns (bool) {
        return phase == Phase.Done;
    }

    /// The proven per-option totals (empty until done).
    function totals() external view returns (uint256[] memory) {
        return _totals;
    }

    /// Per option, what the voters spent: Σ votes² in a quadratic poll, Σ votes otherwise.
    function spent() external view returns (uint256[] memory) {
        return _spent;
    }
}
