// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Test} from "../lib/Test.sol";
import {FaaSToken} from "../../src/FaaSToken.sol";
import {Market} from "../../src/Market.sol";
import {WitnessPool} from "../../src/WitnessPool.sol";
import {IWitnessPool} from "../../src/IWitnessPool.sol";

/// @notice Drives random sequences of every public call of the Market and the WitnessPool, by
/// several customers, providers and witnesses (some accounts hold several roles), keeping the
/// calls mostly valid by picking existing orders in the right state. It predicts the outcome of
/// each call from the rules of the SPEC and counts every mismatch in `violations`; ghost
/// variables record what a correct market must show (best bids, reports, payments).
contract Handler is Test {
    Market public market;
    WitnessPool public pool;
    FaaSToken public token;

    address[] public customers;
    address[] public providers; // accounts that may act as providers (one is also a customer)
    address[] public witnesses; // accounts that may act as witnesses (incl. a customer and a provider)
    address public stranger;

    uint256[] public orderIds;

    struct OrderGhost {
        address customer;
        uint256 prepay;
        uint96 maxPrice;
        uint32 units;
        bool sealed_;
        // SPEC §7.3: the lowest valid bid, and the earliest at that price
        bool any;
        uint96 minPrice;
        address minFirst;
        uint8 minSeq;
        // SPEC §7.5: what each party was paid for this order
        uint256 customerIn;
        uint256 providerIn;
        uint256 bonds;
        bool notPublished;
        // SPEC §7.4: reports actually revealed
        uint256 trueReveals;
        uint256 reveals;
        uint256 finalizations;
        uint256 settlements;
    }

    struct BidGhost {
        uint96 price;
        bytes32 salt;
    }

    struct ReportGhost {
        bool vote;
        uint64 t;
        bytes32 s;
        bool bogus; // a copied commitment or a stale T: it can never be revealed
    }

    mapping(uint256 => OrderGhost) internal g;
    mapping(uint256 => mapping(address => BidGhost)) internal bidG;
    mapping(uint256 => mapping(address => ReportGhost)) internal repG;
    mapping(address => uint256) internal witnessExitAt;

    uint256 public violations;
    string public lastViolation;
    mapping(bytes32 => uint256) public calls;
    mapping(bytes32 => uint256) public successes;

    uint256 internal constant FUND = 1_000_000 ether;

    constructor(Market m, WitnessPool p, FaaSToken t, address admin) {
        market = m;
        pool = p;
        token = t;
        stranger = makeAddr("inv-stranger");
        for (uint256 i; i < 3; ++i) {
            customers.push(makeAddr(string.concat("inv-customer", vm.toString(i))));
        }
        for (uint256 i; i < 4; ++i) {
            providers.push(makeAddr(string.concat("inv-provider", vm.toString(i))));
        }
        providers.push(customers[0]); // a customer that is also a provider
        for (uint256 i; i < 6; ++i) {
            witnesses.push(makeAddr(string.concat("inv-witness", vm.toString(i))));
        }
        witnesses.push(customers[1]); // a customer that is also a witness
        witnesses.push(providers[0]); // a provider that is also a witness
        address[] memory all = new address[](3 + 4 + 6 + 1);
        uint256 k;
        for (uint256 i; i < 3; ++i) {
            all[k++] = customers[i];
        }
        for (uint256 i; i < 4; ++i) {
            all[k++] = providers[i];
        }
        for (uint256 i; i < 6; ++i) {
            all[k++] = witnesses[i];
        }
        all[k++] = stranger;
        for (uint256 i; i < all.length; ++i) {
            vm.prank(admin);
            t.mint(all[i], FUND);
            vm.startPrank(all[i]);
            t.approve(address(m), type(uint256).max);
            t.approve(address(p), type(uint256).max);
            vm.stopPrank();
        }
        // start with most actors registered, so that the runs reach deep states
        for (uint256 i; i < 4; ++i) {
            vm.prank(providers[i]);
            m.registerProvider(500 ether, "ipfs://p");
        }
        for (uint256 i; i < 6; ++i) {
            vm.prank(witnesses[i]);
            p.registerWitness(60 ether);
        }
    }

    // ---------------------------------------------------------------- views for the invariants

    function orderCount() external view returns (uint256) {
        return orderIds.length;
    }

    function ghost(uint256 id) external view returns (OrderGhost memory) {
        return g[id];
    }

    function providerCount() external view returns (uint256) {
        return providers.length;
    }

    function witnessCount() external view returns (uint256) {
        return witnesses.length;
    }

    function customerCount() external view returns (uint256) {
        return customers.length;
    }

    // ---------------------------------------------------------------- bookkeeping

    function _fail(string memory why) internal {
        violations++;
        lastViolation = why;
    }

    function _expect(bool ok, bool want, string memory what) internal {
        bytes32 k = keccak256(bytes(what));
        calls[k]++;
        if (ok) successes[k]++;
        if (ok != want) _fail(string.concat(what, ok ? ": succeeded, should have failed" : ": failed, should have succeeded"));
    }

    /// The first order from a random start that is in `state` (and sealed or open if asked).
    function _pick(uint256 seed, Market.State state, uint8 kind) internal view returns (uint256 id) {
        uint256 n = orderIds.length;
        if (n == 0) return 0;
        for (uint256 k; k < n; ++k) {
            uint256 cand = orderIds[(seed % n + k) % n];
            Market.Order memory o = market.order(cand);
            if (o.state != state) continue;
            bool sealed_ = o.flags & 1 != 0;
            if (kind == 1 && sealed_) continue;
            if (kind == 2 && !sealed_) continue;
            return cand;
        }
        return 0;
    }

    function _fulfilling(uint256 seed, IWitnessPool.CommitteeStatus st) internal view returns (uint256) {
        uint256 n = orderIds.length;
        for (uint256 k; k < n; ++k) {
            uint256 cand = orderIds[(seed % n + k) % n];
            if (market.order(cand).state != Market.State.Fulfilling) continue;
            if (pool.committee(cand).status == st) return cand;
        }
        return 0;
    }

    /// A provider with an unrevealed commitment on the order, if any (else any provider).
    function _committer(uint256 id, uint256 seed) internal view returns (address) {
        uint256 n = providers.length;
        for (uint256 k; k < n; ++k) {
            address p = providers[(seed % n + k) % n];
            if (market.sealedBid(id, p).status == 1) return p;
        }
        return providers[seed % n];
    }

    function _free(address p) internal view returns (uint256) {
        Market.Provider memory pr = market.provider(p);
        return uint256(pr.stake) - pr.locked;
    }

    // ---------------------------------------------------------------- time

    function advance(uint256 dt, uint256 blocks) external {
        vm.warp(block.timestamp + bound(dt, 0, 12));
        vm.roll(block.number + bound(blocks, 0, 4));
    }

    // ---------------------------------------------------------------- orders

    function createOrder(uint256 cSeed, uint256 pSeed) external {
        _create(cSeed, pSeed);
    }

    function _create(uint256 cSeed, uint256 pSeed) internal {
        address c = customers[cSeed % customers.length];
        Market.OrderParams memory op = Market.OrderParams({
            levelId: uint32(pSeed % 3),
            durationUnits: uint32(1 + (pSeed >> 8) % 8),
            maxUnitPrice: uint96(1 + (pSeed >> 16) % 10) * 1 ether,
            biddingSeconds: uint32(2 + (pSeed >> 24) % 15),
            revealSeconds: (pSeed >> 32) % 3 == 0 ? uint32(2 + (pSeed >> 40) % 8) : 0,
            witnessCount: uint8(3 + (pSeed >> 48) % 3)
        });
        uint256 before = token.balanceOf(c);
        vm.prank(c);
        try market.createOrder(op) returns (uint256 id) {
            _expect(true, true, "createOrder");
            orderIds.push(id);
            OrderGhost storage og = g[id];
            og.customer = c;
            og.prepay = uint256(op.maxUnitPrice) * op.durationUnits;
            og.maxPrice = op.maxUnitPrice;
            og.units = op.durationUnits;
            og.sealed_ = op.revealSeconds > 0;
            if (before - token.balanceOf(c) != og.prepay) _fail("createOrder: prepayment");
        } catch {
            _expect(false, true, "createOrder");
        }
    }

    function _priceFor(uint256 id, uint256 seed) internal view returns (uint96) {
        // half-ether steps from 0 to max + 1 ether: ties, zero and above-max bids all occur
        uint256 steps = uint256(g[id].maxPrice) / 0.5 ether + 3;
        return uint96(seed % steps) * 0.5 ether;
    }

    function bid(uint256 oSeed, uint256 pSeed, uint256 priceSeed) external {
        uint256 id = _pick(oSeed, Market.State.Bidding, 1);
        if (id == 0) return;
        address p = providers[pSeed % providers.length];
        uint96 price = _priceFor(id, priceSeed);
        _bid(id, p, price);
    }

    function _bid(uint256 id, address p, uint96 price) internal {
        OrderGhost storage og = g[id];
        Market.Order memory o = market.order(id);
        Market.Provider memory pr = market.provider(p);
        bool valid = block.timestamp < o.biddingEnd && p != og.customer && price > 0 && price <= og.maxPrice
            && pr.registered && pr.exitAt == 0
            && (o.bestBidder == p || _free(p) >= market.collateralFor(price, og.units));
        bool lower = !og.any || price < og.minPrice;
        vm.prank(p);
        try market.bid(id, price) {
            _expect(true, valid && lower, "bid");
        } catch {
            _expect(false, valid && lower, "bid");
        }
        if (valid && lower) {
            og.any = true;
            og.minPrice = price;
            og.minFirst = p;
        }
    }

    function commitBid(uint256 oSeed, uint256 pSeed, uint256 priceSeed, bytes32 salt) external {
        uint256 id = _pick(oSeed, Market.State.Bidding, 2);
        if (id == 0) return;
        address p = providers[pSeed % providers.length];
        uint96 price = _priceFor(id, priceSeed);
        _commitBid(id, p, price, salt);
    }

    function _commitBid(uint256 id, address p, uint96 price, bytes32 salt) internal {
        Market.Order memory o = market.order(id);
        Market.Provider memory pr = market.provider(p);
        bool want = block.timestamp < o.biddingEnd && p != g[id].customer && o.commits < 32
            && market.sealedBid(id, p).status == 0 && pr.registered && pr.exitAt == 0 && _free(p) >= 1 ether;
        bytes32 c = market.bidCommitment(id, p, price, salt);
        vm.prank(p);
        try market.commitBid(id, c) {
            _expect(true, want, "commitBid");
            bidG[id][p] = BidGhost(price, salt);
        } catch {
            _expect(false, want, "commitBid");
        }
    }

    function revealBid(uint256 oSeed, uint256 pSeed, uint8 wrong) external {
        uint256 id = _pick(oSeed, Market.State.Bidding, 2);
        if (id == 0) return;
        address p = pSeed % 3 == 0 ? providers[pSeed % providers.length] : _committer(id, pSeed);
        _revealBid(id, p, wrong);
    }

    function _revealBid(uint256 id, address p, uint8 wrong) internal {
        BidGhost memory bg = bidG[id][p];
        bytes32 salt = wrong % 5 == 0 ? bytes32(uint256(bg.salt) ^ 1) : bg.salt;
        Market.Order memory o = market.order(id);
        Market.SealedBid memory sb = market.sealedBid(id, p);
        OrderGhost storage og = g[id];
        bool opens = block.timestamp >= o.biddingEnd && block.timestamp < o.revealEnd && sb.status == 1
            && salt == bg.salt;
        bool competes = bg.price > 0 && bg.price <= og.maxPrice;
        bool leads = competes && (!og.any || bg.price < og.minPrice || (bg.price == og.minPrice && sb.seq < og.minSeq));
        Market.Provider memory pr = market.provider(p);
        bool covers = uint256(pr.stake) - pr.locked + 1 ether >= market.collateralFor(bg.price, og.units);
        bool want = opens && (!leads || covers);
        vm.prank(p);
        try market.revealBid(id, bg.price, salt) {
            _expect(true, want, "revealBid");
        } catch {
            _expect(false, want, "revealBid");
        }
        if (want && leads) {
            og.any = true;
            og.minPrice = bg.price;
            og.minFirst = p;
            og.minSeq = sb.seq;
        }
    }

    function forfeitBond(uint256 oSeed, uint256 pSeed) external {
        uint256 n = orderIds.length;
        if (n == 0) return;
        uint256 id = orderIds[oSeed % n];
        address p = pSeed % 3 == 0 ? providers[pSeed % providers.length] : _committer(id, pSeed);
        _forfeit(id, p);
    }

    function _forfeit(uint256 id, address p) internal {
        Market.Order memory o = market.order(id);
        bool want = o.flags & 1 != 0 && block.timestamp >= o.revealEnd && market.sealedBid(id, p).status == 1;
        uint256 before = token.balanceOf(o.customer);
        uint256 stakeBefore = market.provider(p).stake;
        vm.prank(stranger);
        try market.forfeitBond(id, p) {
            _expect(true, want, "forfeitBond");
            g[id].customerIn += token.balanceOf(o.customer) - before;
            g[id].bonds += 1 ether;
            if (stakeBefore - market.provider(p).stake != 1 ether) _fail("forfeitBond: stake");
        } catch {
            _expect(false, want, "forfeitBond");
        }
    }

    function closeBidding(uint256 oSeed) external {
        uint256 id = _pick(oSeed, Market.State.Bidding, 0);
        if (id == 0) return;
        _close(id);
    }

    function _close(uint256 id) internal {
        Market.Order memory o = market.order(id);
        bool want = block.timestamp >= (o.flags & 1 != 0 ? o.revealEnd : o.biddingEnd);
        uint256 before = token.balanceOf(o.customer);
        vm.prank(stranger);
        try market.closeBidding(id) {
            _expect(true, want, "closeBidding");
            g[id].customerIn += token.balanceOf(o.customer) - before;
        } catch {
            _expect(false, want, "closeBidding");
        }
    }

    function publishDeployment(uint256 oSeed, uint8 who) external {
        uint256 id = _pick(oSeed, Market.State.Confirming, 0);
        if (id == 0) return;
        _publish(id, who);
    }

    function _publish(uint256 id, uint8 who) internal {
        Market.Order memory o = market.order(id);
        address sender = who % 6 == 0 ? providers[who % providers.length] : o.bestBidder;
        bool want = sender == o.bestBidder && o.flags & 2 == 0 && block.timestamp <= o.deadline;
        vm.prank(sender);
        try market.publishDeployment(id, "https://p.example", hex"0a0b") {
            _expect(true, want, "publishDeployment");
        } catch {
            _expect(false, want, "publishDeployment");
        }
    }

    function acceptDeployment(uint256 oSeed) external {
        uint256 id = _pick(oSeed, Market.State.Confirming, 0);
        if (id == 0) return;
        _accept(id);
    }

    function _accept(uint256 id) internal {
        Market.Order memory o = market.order(id);
        bool want = o.flags & 2 != 0 && block.timestamp <= o.deadline;
        vm.prank(o.customer);
        try market.acceptDeployment(id) {
            _expect(true, want, "acceptDeployment");
        } catch {
            _expect(false, want, "acceptDeployment");
        }
    }

    function expire(uint256 oSeed) external {
        uint256 id = _pick(oSeed, Market.State.Confirming, 0);
        if (id == 0) return;
        _expire(id);
    }

    function _expire(uint256 id) internal {
        Market.Order memory o = market.order(id);
        bool want = block.timestamp > o.deadline;
        uint256 before = token.balanceOf(o.customer);
        vm.prank(stranger);
        try market.expire(id) {
            _expect(true, want, "expire");
            g[id].customerIn += token.balanceOf(o.customer) - before;
            g[id].notPublished = o.flags & 2 == 0;
        } catch {
            _expect(false, want, "expire");
        }
    }

    function fulfill(uint256 oSeed, bool byCustomer) external {
        uint256 id = _pick(oSeed, Market.State.Deploying, 0);
        if (id == 0) return;
        _fulfill(id, byCustomer);
    }

    function _fulfill(uint256 id, bool byCustomer) internal {
        Market.Order memory o = market.order(id);
        bool want = byCustomer || block.timestamp > o.deadline;
        vm.prank(byCustomer ? o.customer : stranger);
        try market.fulfill(id) {
            _expect(true, want, "fulfill");
        } catch {
            _expect(false, want, "fulfill");
        }
    }

    // ---------------------------------------------------------------- committees

    function drawCommittee(uint256 oSeed) external {
        uint256 id = _fulfilling(oSeed, IWitnessPool.CommitteeStatus.Requested);
        if (id == 0) return;
        _draw(id, oSeed);
    }

    function _draw(uint256 id, uint256 oSeed) internal {
        WitnessPool.CommitteeView memory c = pool.committee(id);
        bool want = block.number > uint256(c.requestBlock) + 2 && block.timestamp <= c.serviceEnd;
        vm.prank(witnesses[oSeed % witnesses.length]);
        try pool.drawCommittee(id) {
            _expect(true, want, "drawCommittee");
            address[] memory m = pool.committee(id).members;
            Market.Order memory o = market.order(id);
            for (uint256 i; i < m.length; ++i) {
                if (m[i] == o.customer || m[i] == o.bestBidder) _fail("drawCommittee: a party on its own committee");
            }
        } catch {
            _expect(false, want, "drawCommittee");
        }
    }

    function commitReport(uint256 oSeed, uint256 mSeed, bool vote, uint8 mode) external {
        uint256 id = _fulfilling(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (id == 0) return;
        _commitReport(id, mSeed, vote, mode);
    }

    function _commitReport(uint256 id, uint256 mSeed, bool vote, uint8 mode) internal {
        WitnessPool.CommitteeView memory c = pool.committee(id);
        address w = mode % 7 == 6 ? c.customer : c.members[mSeed % c.members.length];
        uint64 t = uint64(block.timestamp);
        bytes32 s = keccak256(abi.encode(id, w, mSeed));
        bool bogus;
        bytes32 commitment;
        if (mode % 7 == 4) {
            // a copy of another member's commitment
            address other = c.members[(mSeed % c.members.length + 1) % c.members.length];
            ReportGhost memory og = repG[id][other];
            commitment = pool.reportCommitment(id, other, og.vote, og.t, og.s);
            bogus = true;
        } else if (mode % 7 == 5) {
            // T older than maxReportAge before the commit
            t = t - 61;
            commitment = pool.reportCommitment(id, w, vote, t, s);
            bogus = true;
        } else {
            commitment = pool.reportCommitment(id, w, vote, t, s);
        }
        bool want = w != c.customer && block.timestamp <= c.commitEnd;
        vm.prank(w);
        try pool.commitReport(id, commitment) {
            _expect(true, want, "commitReport");
            repG[id][w] = ReportGhost(vote, t, s, bogus);
        } catch {
            _expect(false, want, "commitReport");
        }
    }

    function revealReport(uint256 oSeed, uint256 mSeed, uint8 wrong) external {
        uint256 id = _fulfilling(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (id == 0) return;
        _revealReport(id, mSeed, wrong);
    }

    function _revealReport(uint256 id, uint256 mSeed, uint8 wrong) internal {
        WitnessPool.CommitteeView memory c = pool.committee(id);
        address w = c.members[mSeed % c.members.length];
        ReportGhost memory rg = repG[id][w];
        WitnessPool.Seat memory seat = pool.seat(id, w);
        bytes32 s = wrong % 5 == 0 ? bytes32(uint256(rg.s) ^ 1) : rg.s;
        bool want = block.timestamp > c.commitEnd && block.timestamp <= c.revealEnd && seat.flags & 2 != 0
            && seat.flags & 4 == 0 && s == rg.s && !rg.bogus;
        vm.prank(w);
        try pool.revealReport(id, rg.vote, rg.t, s) {
            _expect(true, want, "revealReport");
            g[id].reveals++;
            if (rg.vote) g[id].trueReveals++;
        } catch {
            _expect(false, want, "revealReport");
        }
    }

    /// Finalizes directly, or through settle; checks each member's payoff against the table.
    function finalize(uint256 oSeed) external {
        uint256 id = _fulfilling(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (id == 0) id = _fulfilling(oSeed, IWitnessPool.CommitteeStatus.Requested);
        if (id == 0) return;
        _finalize(id);
    }

    function _finalize(uint256 id) internal {
        WitnessPool.CommitteeView memory c = pool.committee(id);
        bool want = block.timestamp > c.revealEnd;
        (uint256[] memory before,) = _memberWealth(c.members);
        vm.prank(stranger);
        try pool.finalize(id) {
            _expect(true, want, "finalize");
            g[id].finalizations++;
            _checkPayoffs(id, c.members, before);
        } catch {
            _expect(false, want, "finalize");
        }
    }

    function settle(uint256 oSeed) external {
        uint256 id = _pick(oSeed, Market.State.Fulfilling, 0);
        if (id == 0) return;
        _settle(id);
    }

    function _settle(uint256 id) internal {
        Market.Order memory o = market.order(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        bool finalized = c.status == IWitnessPool.CommitteeStatus.Finalized;
        bool want = block.timestamp > o.deadline && (finalized || block.timestamp > c.revealEnd);
        (uint256[] memory before,) = _memberWealth(c.members);
        uint256 cb = token.balanceOf(o.customer);
        uint256 pb = token.balanceOf(o.bestBidder);
        vm.prank(stranger);
        try market.settle(id) {
            _expect(true, want, "settle");
            g[id].settlements++;
            if (!finalized) {
                g[id].finalizations++;
                _checkPayoffs(id, c.members, before);
            }
            if (token.balanceOf(o.customer) != cb || token.balanceOf(o.bestBidder) != pb) {
                _fail("settle: moved the parties' tokens");
            }
        } catch {
            _expect(false, want, "settle");
        }
    }

    function finish(uint256 oSeed) external {
        uint256 id = _pick(oSeed, Market.State.Settled, 0);
        if (id == 0) return;
        _finish(id);
    }

    function _finish(uint256 id) internal {
        Market.Order memory o = market.order(id);
        uint256 cb = token.balanceOf(o.customer);
        uint256 pb = token.balanceOf(o.bestBidder);
        vm.prank(stranger);
        try market.finish(id) {
            _expect(true, true, "finish");
            g[id].customerIn += token.balanceOf(o.customer) - cb;
            g[id].providerIn += token.balanceOf(o.bestBidder) - pb;
        } catch {
            _expect(false, true, "finish");
        }
    }

    function _memberWealth(address[] memory m) internal view returns (uint256[] memory w, uint256 total) {
        w = new uint256[](m.length);
        for (uint256 i; i < m.length; ++i) {
            w[i] = token.balanceOf(m[i]) + pool.witness(m[i]).stake;
            total += w[i];
        }
    }

    /// Each member gets exactly its cell of the table, once: +10/0/-1 under Violation,
    /// -1/+1/-1 under NoViolation (true / false / none), in units of rewardUnit (1 FST on dev).
    function _checkPayoffs(uint256 id, address[] memory m, uint256[] memory before) internal {
        (, bool violated, uint8 w,) = pool.verdict(id);
        if (m.length != 0 && violated != (uint256(w) >= m.length / 2 + 1)) _fail("verdict rule");
        for (uint256 i; i < m.length; ++i) {
            WitnessPool.Seat memory s = pool.seat(id, m[i]);
            int256 units;
            if (s.flags & 4 == 0) units = -1;
            else if (s.flags & 8 != 0) units = violated ? int256(10) : int256(-1);
            else units = violated ? int256(0) : int256(1);
            int256 delta = int256(token.balanceOf(m[i]) + pool.witness(m[i]).stake) - int256(before[i]);
            if (delta != units * 1 ether) _fail("payoff differs from the table");
        }
    }

    // ---------------------------------------------------------------- progress

    /// Takes an open order one natural step further (and waits for the window when the step
    /// needs it; a bidding or reporting step acts for several parties at once), so that 50-call
    /// runs go through whole lifecycles. The specific actions explore odd timings and callers.
    function progress(uint256 oSeed, uint256 aSeed, uint256 pSeed) external {
        (uint256 id, uint256 active) = _pickActive(oSeed);
        if (active == 0 || (aSeed % 8 == 0 && active < 4)) {
            _create(aSeed >> 8, pSeed);
            return;
        }
        Market.Order memory o = market.order(id);
        if (o.state == Market.State.Bidding) {
            if (o.flags & 1 == 0) _progressOpen(id, o, aSeed, pSeed);
            else _progressSealed(id, o, aSeed, pSeed);
        } else if (o.state == Market.State.Confirming) {
            if (aSeed % 7 == 0) {
                vm.warp(uint256(o.deadline) + 1);
                _expire(id);
            } else if (o.flags & 2 == 0) {
                _publish(id, 1);
            } else {
                _accept(id);
            }
        } else if (o.state == Market.State.Deploying) {
            if (aSeed % 4 == 0) vm.warp(uint256(o.deadline) + 1);
            _fulfill(id, aSeed % 4 != 0);
        } else if (o.state == Market.State.Fulfilling) {
            _progressService(id, aSeed, pSeed);
        } else if (o.state == Market.State.Settled) {
            _finish(id);
        }
    }

    /// Half the time the oldest open order (so that one order goes far), else a random one.
    function _pickActive(uint256 seed) internal view returns (uint256 id, uint256 active) {
        uint256 n = orderIds.length;
        uint256 start = seed % 2 == 0 ? 0 : (seed >> 1) % (n == 0 ? 1 : n);
        for (uint256 k; k < n; ++k) {
            uint256 cand = orderIds[(start + k) % n];
            Market.State st = market.order(cand).state;
            if (st == Market.State.Finished || st == Market.State.Failed) continue;
            if (id == 0) id = cand;
            active++;
        }
    }

    function _progressOpen(uint256 id, Market.Order memory o, uint256 aSeed, uint256 pSeed) internal {
        if (block.timestamp < o.biddingEnd && aSeed % 5 != 0) {
            uint256 bids = 1 + pSeed % 3;
            for (uint256 i; i < bids; ++i) {
                // mostly just under the best so far, sometimes equal to it
                uint96 best = g[id].any ? g[id].minPrice : g[id].maxPrice + 0.5 ether;
                uint96 step = uint96((pSeed >> (8 * i + 8)) % 4) * 0.5 ether;
                uint96 price = best > step ? best - step : best;
                _bid(id, providers[(aSeed >> 8 + i) % providers.length], price);
            }
        } else {
            if (block.timestamp < o.biddingEnd) vm.warp(o.biddingEnd);
            _close(id);
        }
    }

    function _progressSealed(uint256 id, Market.Order memory o, uint256 aSeed, uint256 pSeed) internal {
        if (block.timestamp < o.biddingEnd) {
            if (aSeed % 5 == 0) {
                vm.warp(o.biddingEnd);
                return;
            }
            uint256 commits = 1 + pSeed % 3;
            for (uint256 i; i < commits; ++i) {
                address p = providers[((aSeed >> 8) + i) % providers.length];
                _commitBid(id, p, _priceFor(id, pSeed >> (8 * i + 8)), keccak256(abi.encode(pSeed, i)));
            }
        } else if (block.timestamp < o.revealEnd) {
            if (aSeed % 5 == 0) {
                vm.warp(o.revealEnd);
                return;
            }
            for (uint256 i; i < providers.length; ++i) {
                address p = providers[((aSeed >> 8) + i) % providers.length];
                if (market.sealedBid(id, p).status == 1 && (pSeed >> i) % 4 != 0) _revealBid(id, p, uint8(pSeed >> (8 * i)));
            }
        } else {
            _close(id);
            if (aSeed % 2 == 0) _forfeit(id, _committer(id, pSeed));
        }
    }

    function _commitAll(uint256 id, uint256 pSeed) internal {
        if (pool.committee(id).status != IWitnessPool.CommitteeStatus.Drawn) return;
        uint256 size = pool.committee(id).members.length;
        for (uint256 i; i < size; ++i) {
            // mostly honest commits (mode 0..3); some copies, stale T or a non-member
            uint8 mode = ((pSeed >> (8 * i + 16)) % 16) < 12 ? 0 : uint8(pSeed >> (8 * i));
            _commitReport(id, i, (pSeed >> i) % 2 == 0, mode);
        }
    }

    function _revealAll(uint256 id, uint256 pSeed) internal {
        uint256 size = pool.committee(id).members.length;
        for (uint256 i; i < size; ++i) {
            bool done = pool.seat(id, pool.committee(id).members[i]).flags & 4 != 0;
            if ((pSeed >> i) % 5 != 0 && (!done || (pSeed >> i) % 7 == 0)) _revealReport(id, i, uint8(pSeed >> (8 * i)));
        }
    }

    function _progressService(uint256 id, uint256 aSeed, uint256 pSeed) internal {
        WitnessPool.CommitteeView memory c = pool.committee(id);
        if (c.status == IWitnessPool.CommitteeStatus.Requested && block.timestamp <= c.serviceEnd) {
            if (block.number <= uint256(c.requestBlock) + 2) vm.roll(uint256(c.requestBlock) + 3);
            _draw(id, aSeed);
            if (aSeed % 2 == 0) _commitAll(id, pSeed);
        } else if (c.status == IWitnessPool.CommitteeStatus.Drawn && block.timestamp <= c.commitEnd) {
            if (aSeed % 4 == 0) {
                vm.warp(uint256(c.commitEnd) + 1);
                if (aSeed % 8 == 0) _revealAll(id, pSeed);
                return;
            }
            _commitAll(id, pSeed);
        } else if (c.status == IWitnessPool.CommitteeStatus.Drawn && block.timestamp <= c.revealEnd) {
            if (aSeed % 4 == 0) {
                vm.warp(uint256(c.revealEnd) + 1);
                return;
            }
            _revealAll(id, pSeed);
        } else {
            uint256 due = c.status == IWitnessPool.CommitteeStatus.Finalized ? c.serviceEnd : c.revealEnd;
            if (block.timestamp <= due) vm.warp(due + 1);
            if (aSeed % 3 == 0 && c.status != IWitnessPool.CommitteeStatus.Finalized) _finalize(id);
            _settle(id);
        }
    }

    // ---------------------------------------------------------------- providers

    function registerProvider(uint256 aSeed, uint256 stake) external {
        address a = providers[aSeed % providers.length];
        stake = bound(stake, 90 ether, 2000 ether);
        bool want = !market.provider(a).registered && stake >= 100 ether;
        vm.prank(a);
        try market.registerProvider(stake, "ipfs://p") {
            _expect(true, want, "registerProvider");
        } catch {
            _expect(false, want, "registerProvider");
        }
    }

    function addProviderStake(uint256 aSeed, uint256 amount) external {
        address a = providers[aSeed % providers.length];
        amount = bound(amount, 0, 500 ether);
        bool want = market.provider(a).registered && amount > 0;
        vm.prank(a);
        try market.addProviderStake(amount) {
            _expect(true, want, "addProviderStake");
        } catch {
            _expect(false, want, "addProviderStake");
        }
    }

    function requestProviderExit(uint256 aSeed) external {
        if (aSeed % 3 != 0) return; // rarer than the rest, so that providers stay around
        address a = providers[aSeed % providers.length];
        Market.Provider memory pr = market.provider(a);
        bool want = pr.registered && pr.exitAt == 0;
        vm.prank(a);
        try market.requestProviderExit() {
            _expect(true, want, "requestProviderExit");
        } catch {
            _expect(false, want, "requestProviderExit");
        }
    }

    function withdrawProviderStake(uint256 aSeed) external {
        address a = providers[aSeed % providers.length];
        Market.Provider memory pr = market.provider(a);
        bool want = pr.registered && pr.exitAt != 0 && block.timestamp >= uint256(pr.exitAt) + 10 && pr.locked == 0;
        uint256 before = token.balanceOf(a);
        vm.prank(a);
        try market.withdrawProviderStake() {
            _expect(true, want, "withdrawProviderStake");
            if (token.balanceOf(a) - before != pr.stake) _fail("withdrawProviderStake: amount");
        } catch {
            _expect(false, want, "withdrawProviderStake");
        }
    }

    // ---------------------------------------------------------------- witnesses

    function registerWitness(uint256 aSeed, uint256 stake) external {
        address a = witnesses[aSeed % witnesses.length];
        stake = bound(stake, 45 ether, 200 ether);
        bool want = pool.witness(a).flags & 1 == 0 && stake >= 50 ether;
        vm.prank(a);
        try pool.registerWitness(stake) {
            _expect(true, want, "registerWitness");
        } catch {
            _expect(false, want, "registerWitness");
        }
    }

    function addWitnessStake(uint256 aSeed, uint256 amount) external {
        address a = witnesses[aSeed % witnesses.length];
        amount = bound(amount, 0, 50 ether);
        bool want = pool.witness(a).flags & 1 != 0 && amount > 0;
        vm.prank(a);
        try pool.addWitnessStake(amount) {
            _expect(true, want, "addWitnessStake");
        } catch {
            _expect(false, want, "addWitnessStake");
        }
    }

    function setAvailable(uint256 aSeed, bool available) external {
        address a = witnesses[aSeed % witnesses.length];
        uint8 f = pool.witness(a).flags;
        bool want = f & 1 != 0 && f & 4 == 0;
        vm.prank(a);
        try pool.setAvailable(available) {
            _expect(true, want, "setAvailable");
        } catch {
            _expect(false, want, "setAvailable");
        }
    }

    function requestWitnessExit(uint256 aSeed) external {
        if (aSeed % 3 != 0) return;
        address a = witnesses[aSeed % witnesses.length];
        uint8 f = pool.witness(a).flags;
        bool want = f & 1 != 0 && f & 4 == 0;
        vm.prank(a);
        try pool.requestWitnessExit() {
            _expect(true, want, "requestWitnessExit");
            witnessExitAt[a] = block.timestamp;
        } catch {
            _expect(false, want, "requestWitnessExit");
        }
    }

    function withdrawWitnessStake(uint256 aSeed) external {
        address a = witnesses[aSeed % witnesses.length];
        WitnessPool.Witness memory w = pool.witness(a);
        bool want = w.flags & 1 != 0 && w.flags & 4 != 0 && w.locked == 0
            && block.timestamp >= witnessExitAt[a] + 10;
        uint256 before = token.balanceOf(a);
        vm.prank(a);
        try pool.withdrawWitnessStake() {
            _expect(true, want, "withdrawWitnessStake");
            if (token.balanceOf(a) - before != w.stake) _fail("withdrawWitnessStake: amount");
        } catch {
            _expect(false, want, "withdrawWitnessStake");
        }
    }

    // ---------------------------------------------------------------- liveness (SPEC §7.2)

    /// After every deadline, permissionless calls by a stranger take every order to Finished or
    /// Failed, and every unrevealed bond can be forfeited.
    function driveAllToEnd() external {
        for (uint256 round; round < 6; ++round) {
            vm.warp(block.timestamp + 1 days);
            vm.roll(block.number + 10);
            for (uint256 k; k < orderIds.length; ++k) {
                uint256 id = orderIds[k];
                Market.State st = market.order(id).state;
                if (st == Market.State.Bidding) _close(id);
                else if (st == Market.State.Confirming) _expire(id);
                else if (st == Market.State.Deploying) _fulfill(id, false);
                else if (st == Market.State.Fulfilling) _settle(id);
                else if (st == Market.State.Settled) _finish(id);
            }
        }
        for (uint256 k; k < orderIds.length; ++k) {
            uint256 id = orderIds[k];
            if (market.order(id).flags & 1 == 0) continue;
            for (uint256 i; i < providers.length; ++i) {
                if (market.sealedBid(id, providers[i]).status != 1) continue;
                address c = market.order(id).customer;
                uint256 before = token.balanceOf(c);
                vm.prank(stranger);
                try market.forfeitBond(id, providers[i]) {
                    g[id].customerIn += token.balanceOf(c) - before;
                    g[id].bonds += 1 ether;
                } catch {
                    _fail("forfeitBond after every deadline");
                }
            }
        }
    }
}
