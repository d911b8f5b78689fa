// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VotesToken} from "./VotesToken.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title TimestampVotesToken, a VotesToken whose checkpoints count seconds.
/// @notice The ERC-6372 timestamp clock that OpenZeppelin documents for
/// ERC20Votes (override clock and CLOCK_MODE together): getPastVotes then
/// takes a timestamp, as on chains whose block numbers are unreliable.
/// @dev TEST AND DEMO ONLY: the deployer can mint at will.
contract TimestampVotesToken is VotesToken {
    constructor(string memory name_, string memory symbol_) VotesToken(name_, symbol_) {}

    function clock() public view override returns (uint48) {
        return Time.timestamp();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }
}
