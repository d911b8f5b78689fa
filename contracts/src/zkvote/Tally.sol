// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Poseidon2} from "../Poseidon2.sol";
import {IGroth16Verifier1} from "./IVerifier.sol";
import {Poll} from "./Poll.sol";
import {Hasher} from "./Hasher.sol";

/// @title The proven tally of a zkvote poll, checked on-chain.
/// @notice Takes the processing proofs of a poll (docs/protocol.md, "Proven
/// processing") in the order they chain: every split (sealed log routed
/// into the join and command sub-chains, its on-chain entries also into
/// the on-chain sub-chain, which must end at the Poll contract's), then
/// every join batch (forward),
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
/// The processing proofs take each join's proof (and, in a poll with
/// command proofs, each command's) as verified: zkvote verify checks every
/// one off-chain, and on-chain a recorded result becomes final only after
/// the challenge window of the poll's Challenges contract, which names
/// joins and commands by the batch bounds recorded here (JoinBatch,
/// CommandBatch). Executor runs the payload only on a final result.
contract Tally {
    uint256 internal constant DOMAIN_PROCESS = 12;
    uint256 internal constant DOMAIN_BATCH = 13;
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
    /// Split cursor: the sealed chain and the three sub-chains so far.
    uint256 public chain;
    uint256 public joinChain;
    uint256 public commandChain;
    uint256 public onChainChain;
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

    /// When the result was recorded.
    uint256 public doneAt;
    /// A hash chain over the join sub-chain at the start of each join batch,
    /// then at its end (each also in a JoinBatch event): one warm storage
    /// write per batch instead of a slot each.
    bytes32 public joinBounds;
    /// How many values joinBounds holds (join batches + 1, once the joins are done).
    uint256 public joinBoundCount;
    /// A hash chain over every join batch's skip mask (bit i: the batch's
    /// join i was skipped as a duplicate), one per join batch; each mask
    /// that is not 0 is also in a JoinSkips event.
    bytes32 public joinSkips;
    /// The same over the command sub-chain, in the order the command
    /// proofs came (newest batch first): its end, then where each batch
    /// began, down to the empty sub-chain (each also in a CommandBatch event).
    bytes32 public commandBounds;
    uint256 public commandBoundCount;
    /// A hash chain over every command batch's skip mask (bit i: the
    /// batch's command i, log order, was skipped as a copy of an earlier
    /// one), in the order the command proofs came (newest batch first);
    /// each mask that is not 0 is also in a CommandSkips event.
    bytes32 public commandSkips;

    event Proven(uint256 indexed pollId, Phase phase, uint256 count, uint256 state);
    event Tallied(uint256 indexed pollId, uint256[] totals, uint256[] spent, uint256 joins);
    /// A join batch bound: index i is where join batch i starts (the last, where the joins end).
    event JoinBatch(uint256 indexed index, uint256 start);
    /// Join batch `batch` skipped the joins whose bits `skipped` has.
    event JoinSkips(uint256 indexed batch, uint256 skipped);
    /// The `index`-th command batch proven (newest first: index 0 is the
    /// newest batch) skipped the commands whose bits `skipped` has.
    event CommandSkips(uint256 indexed index, uint256 skipped);
    /// A command batch bound, in proving order: index 0 is where the
    /// commands end, index i > 0 where the i-th newest command batch starts.
    event CommandBatch(uint256 indexed index, uint256 start);

    error WrongVerifier(bytes32 want, bytes32 got);
    error WrongPhase(Phase phase);
    error NotSealed();
    error LengthMismatch();
    error SplitsIncomplete(uint256 chain, uint256 sealedChainHash);
    error OnChainEntriesMissing(uint256 chain, uint256 pollOnChainChain);
    error JoinsIncomplete();
    error CommandsIncomplete();
    error NotAField(uint256 value);
    error ResultMismatch();
    error VotesBeyondOptions(uint256 option);
    error NotCoordinator();

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
        Hasher hasher_
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
    /// out, command sub-chain out, on-chain sub-chain out) of proof i; its
    /// ins are where the previous proof ended. The split's public input
    /// leads with Poseidon2.compress(on-chain in, on-chain out) where the
    /// other kinds have their kind (process.SplitEnds.Hash).
    function proveSplits(uint256[4][] calldata outs, bytes[] calldata proofs_) external onlyCoordinator {
        if (phase != Phase.Splits) revert WrongPhase(phase);
        if (outs.length != proofs_.length) revert LengthMismatch();
        (uint256 c, uint256 j, uint256 m, uint256 o) = (chain, joinChain, commandChain, onChainChain);
        uint256[] memory ends = new uint256[](7);
        for (uint256 i = 0; i < outs.length; i++) {
            (ends[1], ends[3], ends[5]) = (c, j, m);
            uint256 oIn = o;
            (c, j, m, o) = (outs[i][0], outs[i][1], outs[i][2], outs[i][3]);
            _field(c);
            _field(j);
            _field(m);
            _field(o);
            ends[0] = Poseidon2.compress(oIn, o);
            (ends[2], ends[4], ends[6]) = (c, j, m);
            _verify(splitVerifier, proofs_[i], ends);
        }
        (chain, joinChain, commandChain, onChainChain) = (c, j, m, o);
        proofs += outs.length;
        emit Proven(pollId, Phase.Splits, outs.length, c);
    }

    /// Ends the splits: they must have consumed the anchored log exactly,
    /// and its on-chain entries must be the Poll contract's, in its order.
    function _endSplits() internal {
        if (!poll.isSealed()) revert NotSealed();
        uint256 sealedHash = poll.sealedChainHash();
        if (chain != sealedHash) revert SplitsIncomplete(chain, sealedHash);
        uint256 want = poll.onChainChain();
        if (onChainChain != want) revert OnChainEntriesMissing(onChainChain, want);
        phase = Phase.Joins;
    }

    /// Join batch proofs, in log order. outs[i] = (join sub-chain out,
    /// state commitment out, skip mask).
    function proveJoins(uint256[3][] calldata outs, bytes[] calldata proofs_) external onlyCoordinator {
        if (phase == Phase.Splits) _endSplits();
        if (phase != Phase.Joins) revert WrongPhase(phase);
        if (outs.length != proofs_.length) revert LengthMismatch();
        (uint256 jc, uint256 s) = (joinCursor, state);
        uint256[] memory ends = new uint256[](6);
        ends[0] = KIND_JOINS;
        (bytes32 bh, uint256 bn, bytes32 sh) = (joinBounds, joinBoundCount, joinSkips);
        for (uint256 i = 0; i < outs.length; i++) {
            bh = keccak256(abi.encode(bh, jc));
            uint256 skipped = outs[i][2];
            sh = keccak256(abi.encode(sh, skipped));
            if (skipped != 0) emit JoinSkips(bn, skipped);
            emit JoinBatch(bn++, jc);
            (ends[1], ends[3]) = (jc, s);
            (jc, s) = (outs[i][0], outs[i][1]);
            _field(jc);
            _field(s);
            _field(skipped);
            (ends[2], ends[4], ends[5]) = (jc, s, skipped);
            _verify(joinsVerifier, proofs_[i], ends);
        }
        (joinCursor, state) = (jc, s);
        (joinBounds, joinBoundCount, joinSkips) = (bh, bn, sh);
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
        commandBounds = keccak256(abi.encode(bytes32(0), commandChain));
        commandBoundCount = 1;
        emit CommandBatch(0, commandChain);
        phase = Phase.Commands;
    }

    /// Command batch proofs, newest batch first. outs[i] = (command
    /// sub-chain in, state commitment out, skip mask) of proof i: its
    /// command sub-chain out is where the newer batch began (at first, the
    /// end of the sub-chain), its state in is the state that batch left.
    function proveCommands(uint256[3][] calldata outs, bytes[] calldata proofs_) external onlyCoordinator {
        if (phase == Phase.Splits || phase == Phase.Joins) _endJoins();
        if (phase != Phase.Commands) revert WrongPhase(phase);
        if (outs.length != proofs_.length) revert LengthMismatch();
        (uint256 cc, uint256 s) = (commandCursor, state);
        (bytes32 bh, uint256 bn, bytes32 sh) = (commandBounds, commandBoundCount, commandSkips);
        uint256[] memory ends = new uint256[](7);
        ends[0] = KIND_COMMANDS;
        ends[1] = pollId;
        for (uint256 i = 0; i < outs.length; i++) {
            (ends[3], ends[4]) = (cc, s);
            uint256 skipped = outs[i][2];
            (cc, s) = (outs[i][0], outs[i][1]);
            _field(cc);
            _field(s);
            _field(skipped);
            (ends[2], ends[5], ends[6]) = (cc, s, skipped);
            _verify(commandsVerifier, proofs_[i], ends);
            sh = keccak256(abi.encode(sh, skipped));
            if (skipped != 0) emit CommandSkips(bn - 1, skipped);
            bh = keccak256(abi.encode(bh, cc));
            emit CommandBatch(bn++, cc);
        }
        (commandCursor, state) = (cc, s);
        (commandBounds, commandBoundCount, commandSkips) = (bh, bn, sh);
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
