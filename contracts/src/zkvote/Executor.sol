// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Tally} from "./Tally.sol";
import {Challenges} from "./Challenges.sol";

/// @title Executes a passed zkvote proposal after a timelock, unless a council vetoes it.
/// @notice One Executor per poll. Its payload (target, value, calldata) is
/// the poll definition's execution payload, fixed at deployment. Once the
/// Tally has recorded a proven result that meets the quorum (Σ totals) and
/// the threshold (the pass option's share of Σ totals, in basis points),
/// anyone may queue the payload on the Executor's own OpenZeppelin
/// TimelockController; after the delay anyone may execute it; before the
/// delay ends, M of the N council members may veto it, which cancels the
/// operation for good. The timelock executes the call, so it holds any
/// value the payload sends (fund it, or make it the DAO's timelock's
/// proposer instead). The payload runs only through execute(), and only on
/// a final result (Challenges.final_(): its challenge window over, every
/// challenge answered, not void).
contract Executor {
    Tally public immutable tally;
    Challenges public immutable challenges;
    TimelockController public immutable timelock;
    address public immutable target;
    uint256 public immutable value;
    bytes public data;
    /// The option whose share decides (e.g. the index of "yes").
    uint256 public immutable passOption;
    /// The least Σ totals for the result to count.
    uint256 public immutable quorum;
    /// The least share of the pass option in Σ totals, in basis points.
    uint256 public immutable thresholdBps;
    uint256 public immutable delay;
    /// How many council members must veto.
    uint256 public immutable vetoThreshold;

    mapping(address => bool) public isCouncil;
    mapping(address => bool) public vetoed;
    uint256 public vetoes;
    uint256 public eta;
    bool public queued;
    bool public cancelled;
    bool public executed;

    event Queued(bytes32 indexed operation, uint256 eta);
    event Veto(address indexed member, uint256 vetoes, uint256 needed);
    event Cancelled(bytes32 indexed operation);
    event Executed(bytes32 indexed operation);

    error BadConfig();
    error NotTallied();
    error NotPassed(uint256 support, uint256 total);
    error AlreadyQueued();
    error NotQueued();
    error NotCouncil();
    error AlreadyVetoed();
    error VetoWindowOver(uint256 eta);
    error IsCancelled();
    error NotFinal();

    constructor(
        Challenges challenges_,
        address target_,
        uint256 value_,
        bytes memory data_,
        uint256 passOption_,
        uint256 quorum_,
        uint256 thresholdBps_,
        uint256 delay_,
        address[] memory council,
        uint256 vetoThreshold_
    ) {
        if (
            target_ == address(0) || thresholdBps_ > 10_000 || delay_ == 0 || vetoThreshold_ == 0
                || vetoThreshold_ > council.length
        ) revert BadConfig();
        for (uint256 i = 0; i < council.length; i++) {
            if (council[i] == address(0) || isCouncil[council[i]]) revert BadConfig();
            isCouncil[council[i]] = true;
        }
        challenges = challenges_;
        tally = challenges_.tally();
        target = target_;
        value = value_;
        data = data_;
        passOption = passOption_;
        quorum = quorum_;
        thresholdBps = thresholdBps_;
        delay = delay_;
        vetoThreshold = vetoThreshold_;
        address[] memory proposers = new address[](1);
        proposers[0] = address(this); // also the only canceller
        address[] memory executors = new address[](1);
        executors[0] = address(this); // anyone executes, through execute(), which checks the result is final
        timelock = new TimelockController(delay_, proposers, executors, address(0));
    }

    /// The timelock operation of the payload (salt: the poll ID).
    function operation() public view returns (bytes32) {
        return timelock.hashOperation(target, value, data, bytes32(0), bytes32(tally.pollId()));
    }

    /// Whether the recorded result passes: quorum and threshold.
    function passed() public view returns (bool) {
        if (!tally.done()) return false;
        uint256[] memory t = tally.totals();
        if (passOption >= t.length) return false;
        uint256 total;
        for (uint256 o = 0; o < t.length; o++) {
            total += t[o];
        }
        return total >= quorum && total > 0 && t[passOption] * 10_000 >= thresholdBps * total;
    }

    /// Queues the payload on the timelock once the proven result passes.
    function queue() external notCancelled {
        if (queued) revert AlreadyQueued();
        if (!tally.done()) revert NotTallied();
        if (!passed()) {
            uint256[] memory t = tally.totals();
            uint256 total;
            for (uint256 o = 0; o < t.length; o++) {
                total += t[o];
            }
            revert NotPassed(passOption < t.length ? t[passOption] : 0, total);
        }
        queued = true;
        eta = block.timestamp + delay;
        timelock.schedule(target, value, data, bytes32(0), bytes32(tally.pollId()), delay);
        emit Queued(operation(), eta);
    }

    /// A council member's veto, before the delay ends; the vetoThreshold-th cancels the payload.
    function veto() external {
        if (!isCouncil[msg.sender]) revert NotCouncil();
        if (vetoed[msg.sender]) revert AlreadyVetoed();
        if (cancelled) revert IsCancelled();
        if (queued && block.timestamp >= eta) revert VetoWindowOver(eta);
        vetoed[msg.sender] = true;
        vetoes++;
        emit Veto(msg.sender, vetoes, vetoThreshold);
        if (vetoes >= vetoThreshold) {
            cancelled = true;
            if (queued) timelock.cancel(operation());
            emit Cancelled(operation());
        }
    }

    /// Executes the queued payload once the delay is over (the timelock
    /// checks the time) and the result is final.
    function execute() external {
        if (cancelled) revert IsCancelled();
        if (!queued) revert NotQueued();
        if (!challenges.final_()) revert NotFinal();
        executed = true;
        timelock.execute(target, value, data, bytes32(0), bytes32(tally.pollId()));
        emit Executed(operation());
    }

    /// A vetoed proposal is never queued.
    modifier notCancelled() {
        if (cancelled) revert IsCancelled();
        _;
    }
}
