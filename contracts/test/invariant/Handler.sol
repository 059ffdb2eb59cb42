// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Test} from "../lib/Test.sol";
import {FaaSToken} from "../../src/FaaSToken.sol";
import {Market} from "../../src/Market.sol";
import {WitnessPool} from "../../src/WitnessPool.sol";
import {IWitnessPool} from "../../src/IWitnessPool.sol";

/// @notice Drives random sequences of every public call of the Market and the WitnessPool, by
/// several customers, providers and witnesses (some accounts hold several roles), on leases of
/// one, two or four segments, keeping the calls mostly valid by picking orders and committees in
/// the right state. It predicts the outcome of each call from the rules of the SPEC and counts
/// every mismatch in `violations`; ghost variables record what a correct market must show (best
/// bids, reports, payments, finalizations).
contract Handler is Test {
    Market public market;
    WitnessPool public pool;
    FaaSToken public token;

    address[] public customers;
    address[] public providers; // accounts that may act as providers (one is also a customer)
    address[] public witnesses; // accounts that may act as witnesses (incl. a customer and a provider)
    address public stranger;

    uint256[] public orderIds;
    /// Total supply once every actor was funded: nothing may ever add to it (SPEC §2, §7.1, §7.8).
    uint256 public initialSupply;

    struct OrderGhost {
        address customer;
        uint256 paidIn; // what the customer paid the Market at creation
        uint96 maxPrice;
        uint32 units;
        uint8 segs;
        bool sealed_;
        // SPEC §7.3: the lowest competing bid, and the earliest at that price
        bool any;
        uint96 minPrice;
        address minFirst;
        uint32 minSeq;
        // SPEC §7.5: what each party got back from the Market for this order
        uint256 customerIn;
        uint256 providerIn;
        uint256 settlements;
        bool notPublished;
    }

    struct CommitteeGhost {
        uint256 trueReveals;
        uint256 reveals;
        uint256 finalizations;
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
    mapping(uint256 => CommitteeGhost) internal cg;
    mapping(uint256 => mapping(address => BidGhost)) internal bidG;
    mapping(uint256 => mapping(address => ReportGhost)) internal repG;

    uint256 public violations;
    string public lastViolation;
    mapping(bytes32 => uint256) public calls;
    mapping(bytes32 => uint256) public successes;

    uint256 internal constant FUND = 1_000_000 ether;
    bytes32 internal constant MODULE = keccak256("module");

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
        vm.roll(block.number + 1);
        initialSupply = t.totalSupply();
    }

    // ---------------------------------------------------------------- views for the invariants

    function orderCount() external view returns (uint256) {
        return orderIds.length;
    }

    function ghost(uint256 id) external view returns (OrderGhost memory) {
        return g[id];
    }

    function committeeGhost(uint256 committeeId) external view returns (CommitteeGhost memory) {
        return cg[committeeId];
    }

    function providerCount() external view returns (uint256) {
        return providers.length;
    }

    function witnessCount() external view returns (uint256) {
        return witnesses.length;
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

    /// A segment's committee, of an attended lease in service, in status `st`.
    function _committee(uint256 seed, IWitnessPool.CommitteeStatus st) internal view returns (uint256) {
        uint256 n = orderIds.length;
        for (uint256 k; k < n; ++k) {
            uint256 id = orderIds[(seed % n + k) % n];
            Market.Order memory o = market.order(id);
            if (o.state != Market.State.Fulfilling || o.flags & 8 != 0) continue;
            for (uint8 j; j < o.segments; ++j) {
                uint256 c = id << 8 | ((seed >> 8) + j) % o.segments;
                if (pool.committee(c).status == st) return c;
            }
        }
        return 0;
    }

    /// A provider with an unrevealed commitment on the order, if any (else any provider).
    function _committer(uint256 id, uint256 seed) internal view returns (address) {
        uint256 n = providers.length;
        for (uint256 k; k < n; ++k) {
            address p = providers[(seed % n + k) % n];
            if (market.sealedBid(id, p).status == Market.BidStatus.Committed) return p;
        }
        return providers[seed % n];
    }

    function _free(address p) internal view returns (uint256) {
        Market.Provider memory pr = market.provider(p);
        return uint256(pr.stake) - pr.locked;
    }

    function _coll(uint256 id, uint96 price) internal view returns (uint256) {
        return market.collateralFor(price, g[id].maxPrice, g[id].units);
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
        uint8 segs = uint8([1, 2, 2, 4][(pSeed >> 56) % 4]);
        Market.OrderParams memory op = Market.OrderParams({
            levelId: uint32(pSeed % 3),
            // segments of 2 to 4 units: 10 to 20 s on the dev preset
            durationUnits: uint32(segs) * uint32(2 + (pSeed >> 8) % 3),
            maxUnitPrice: uint96(1 + (pSeed >> 16) % 10) * 1 ether,
            biddingSeconds: uint32(2 + (pSeed >> 24) % 15),
            revealSeconds: (pSeed >> 32) % 3 == 0 ? uint32(4 + (pSeed >> 40) % 8) : 0,
            witnessCount: uint8(3 + (pSeed >> 48) % 3),
            segments: segs
        });
        uint256 before = token.balanceOf(c);
        vm.prank(c);
        try market.createOrder(op) returns (uint256 id) {
            _expect(true, true, "createOrder");
            orderIds.push(id);
            OrderGhost storage og = g[id];
            og.customer = c;
            og.paidIn = before - token.balanceOf(c);
            og.maxPrice = op.maxUnitPrice;
            og.units = op.durationUnits;
            og.segs = segs;
            og.sealed_ = op.revealSeconds > 0;
            (uint256 prepay, uint256 deposit,) = market.orderCost(op);
            if (og.paidIn != prepay + deposit) _fail("createOrder: prepayment + deposit");
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
        _bid(id, providers[pSeed % providers.length], _priceFor(id, priceSeed));
    }

    function _bid(uint256 id, address p, uint96 price) internal {
        OrderGhost storage og = g[id];
        Market.Order memory o = market.order(id);
        Market.Provider memory pr = market.provider(p);
        bool valid = block.timestamp < o.biddingEnd && p != og.customer && price > 0 && price <= og.maxPrice
            && pr.stake != 0 && pr.exitAt == 0 && (o.bestBidder == p || _free(p) >= _coll(id, price));
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
        _commitBid(id, providers[pSeed % providers.length], _priceFor(id, priceSeed), salt);
    }

    function _commitBid(uint256 id, address p, uint96 price, bytes32 salt) internal {
        Market.Order memory o = market.order(id);
        Market.Provider memory pr = market.provider(p);
        bool want = block.timestamp < o.biddingEnd && p != g[id].customer
            && market.sealedBid(id, p).status == Market.BidStatus.None && pr.stake != 0 && pr.exitAt == 0
            && _free(p) >= market.bidBondFor(g[id].maxPrice, g[id].units);
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
        Market.Provider memory pr = market.provider(p);
        bool opens = block.timestamp >= o.biddingEnd && block.timestamp < o.revealEnd
            && sb.status == Market.BidStatus.Committed && pr.exitAt == 0 && salt == bg.salt;
        uint256 bond = market.bidBondFor(og.maxPrice, og.units);
        bool competes = bg.price > 0 && bg.price <= og.maxPrice
            && uint256(pr.stake) - pr.locked + bond >= _coll(id, bg.price);
        bool leads = competes && (!og.any || bg.price < og.minPrice || (bg.price == og.minPrice && sb.seq < og.minSeq));
        uint256 supply = token.totalSupply();
        vm.prank(p);
        try market.revealBid(id, bg.price, salt) {
            _expect(true, opens, "revealBid");
            if (!competes && supply - token.totalSupply() != bond) _fail("revealBid: a junk reveal's bond not burned");
            if (competes && token.totalSupply() != supply) _fail("revealBid: burned a competing bond");
        } catch {
            _expect(false, opens, "revealBid");
        }
        if (opens && leads) {
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
        bool want = o.flags & 1 != 0 && block.timestamp >= o.revealEnd
            && market.sealedBid(id, p).status == Market.BidStatus.Committed;
        uint256 before = token.balanceOf(o.customer);
        uint256 supply = token.totalSupply();
        vm.prank(stranger);
        try market.forfeitBond(id, p) {
            _expect(true, want, "forfeitBond");
            if (token.balanceOf(o.customer) != before) _fail("forfeitBond: paid the customer");
            if (supply - token.totalSupply() != market.bidBondFor(g[id].maxPrice, g[id].units)) {
                _fail("forfeitBond: not burned");
            }
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
        if (id == 0) id = _pick(oSeed, Market.State.Deploying, 0);
        if (id == 0) return;
        _expire(id);
    }

    function _expire(uint256 id) internal {
        Market.Order memory o = market.order(id);
        bool want = block.timestamp > o.deadline && (o.state == Market.State.Confirming || o.flags & 4 != 0);
        uint256 before = token.balanceOf(o.customer);
        vm.prank(stranger);
        try market.expire(id) {
            _expect(true, want, "expire");
            g[id].customerIn += token.balanceOf(o.customer) - before;
            g[id].notPublished = o.state == Market.State.Confirming && o.flags & 2 == 0;
        } catch {
            _expect(false, want, "expire");
        }
    }

    function fulfill(uint256 oSeed, bool byCustomer) external {
        uint256 id = _pick(oSeed, Market.State.Deploying, 0);
        if (id == 0) return;
        _fulfill(id, byCustomer);
    }

    /// The customer commits its module; or a stranger starts the service unattended.
    function _fulfill(uint256 id, bool byCustomer) internal {
        Market.Order memory o = market.order(id);
        bool committed = o.flags & 4 != 0;
        bool want = !committed && (byCustomer ? block.timestamp <= o.deadline : block.timestamp > o.deadline);
        uint256 before = token.balanceOf(o.customer);
        vm.prank(byCustomer ? o.customer : stranger);
        try market.fulfill(id, byCustomer ? MODULE : bytes32(0)) {
            _expect(true, want, "fulfill");
            g[id].customerIn += token.balanceOf(o.customer) - before; // the deposit, when unattended
        } catch {
            _expect(false, want, "fulfill");
        }
    }

    function confirmDeployment(uint256 oSeed, bool byProvider) external {
        uint256 id = _pick(oSeed, Market.State.Deploying, 0);
        if (id == 0) return;
        _confirm(id, byProvider);
    }

    function _confirm(uint256 id, bool byProvider) internal {
        Market.Order memory o = market.order(id);
        address sender = byProvider ? o.bestBidder : o.customer;
        bool want = byProvider && o.flags & 4 != 0 && block.timestamp <= o.deadline;
        vm.prank(sender);
        try market.confirmDeployment(id) {
            _expect(true, want, "confirmDeployment");
        } catch {
            _expect(false, want, "confirmDeployment");
        }
    }

    // ---------------------------------------------------------------- segments and committees

    function openSegment(uint256 oSeed, uint8 k) external {
        uint256 id = _pick(oSeed, Market.State.Fulfilling, 0);
        if (id == 0) return;
        _open(id, uint8(k % (g[id].segs + 1)));
    }

    function _open(uint256 id, uint8 k) internal {
        Market.Order memory o = market.order(id);
        bool want = o.flags & 8 == 0 && k > 0 && k < o.segments;
        if (want) {
            Market.SegmentView memory sv = market.segment(id, k);
            want = block.timestamp >= sv.start && block.timestamp < sv.openUntil
                && sv.status == IWitnessPool.CommitteeStatus.None;
        }
        uint256 before = token.balanceOf(stranger);
        vm.prank(stranger);
        try market.openSegment(id, k) {
            _expect(true, want, "openSegment");
            if (token.balanceOf(stranger) - before != market.lease(id).seatFee) _fail("openSegment: opener's fee");
        } catch {
            _expect(false, want, "openSegment");
        }
    }

    function drawCommittee(uint256 oSeed) external {
        uint256 c = _committee(oSeed, IWitnessPool.CommitteeStatus.Requested);
        if (c == 0) return;
        _draw(c, oSeed);
    }

    function _draw(uint256 c, uint256 seed) internal {
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        bool want = block.timestamp >= cv.end || block.number > cv.drawDueAfter;
        address[] memory old = cv.members;
        vm.prank(witnesses[seed % witnesses.length]);
        try pool.drawCommittee(c) {
            _expect(true, want, "drawCommittee");
            WitnessPool.CommitteeView memory after_ = pool.committee(c);
            for (uint256 i; i < after_.members.length; ++i) {
                address a = after_.members[i];
                if (a == cv.customer || a == cv.provider) _fail("drawCommittee: a party on its own committee");
                bool isNew = true;
                for (uint256 j; j < old.length; ++j) {
                    if (old[j] == a) isNew = false;
                }
                // SPEC §7.7: only witnesses eligible before the request's block are drawn
                if (isNew && pool.witness(a).eligibleSince >= cv.requestBlock) _fail("drawCommittee: eligible too late");
            }
        } catch {
            _expect(false, want, "drawCommittee");
        }
    }

    function commitReport(uint256 oSeed, uint256 mSeed, bool vote, uint8 mode) external {
        uint256 c = _committee(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (c == 0) return;
        _commitReport(c, mSeed, vote, mode);
    }

    function _commitReport(uint256 c, uint256 mSeed, bool vote, uint8 mode) internal {
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        address w = mode % 7 == 6 ? cv.customer : cv.members[mSeed % cv.members.length];
        uint64 t = uint64(block.timestamp);
        bytes32 s = keccak256(abi.encode(c, w, mSeed));
        bool bogus;
        bytes32 commitment;
        if (mode % 7 == 4) {
            // a copy of another member's commitment
            address other = cv.members[(mSeed % cv.members.length + 1) % cv.members.length];
            ReportGhost memory og = repG[c][other];
            commitment = pool.reportCommitment(c, other, og.vote, og.t, og.s);
            bogus = true;
        } else if (mode % 7 == 5) {
            // T older than maxReportAge before the commit
            t = t - 61;
            commitment = pool.reportCommitment(c, w, vote, t, s);
            bogus = true;
        } else {
            commitment = pool.reportCommitment(c, w, vote, t, s);
        }
        bool want = w != cv.customer && block.timestamp <= cv.commitEnd;
        vm.prank(w);
        try pool.commitReport(c, commitment) {
            _expect(true, want, "commitReport");
            repG[c][w] = ReportGhost(vote, t, s, bogus);
            // wherever it is kept (the witness's own slot or the committee's), it is this seat's
            if (pool.seat(c, w).commitment != commitment) _fail("commitReport: the seat does not show its commitment");
        } catch {
            _expect(false, want, "commitReport");
        }
    }

    function revealReport(uint256 oSeed, uint256 mSeed, uint8 wrong) external {
        uint256 c = _committee(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (c == 0) return;
        _revealReport(c, mSeed, wrong);
    }

    function _revealReport(uint256 c, uint256 mSeed, uint8 wrong) internal {
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        address w = cv.members[mSeed % cv.members.length];
        ReportGhost memory rg = repG[c][w];
        WitnessPool.SeatView memory st = pool.seat(c, w);
        bytes32 s = wrong % 5 == 0 ? bytes32(uint256(rg.s) ^ 1) : rg.s;
        bool want = block.timestamp > cv.commitEnd && block.timestamp <= cv.revealEnd && st.committed
            && !st.revealed && s == rg.s && !rg.bogus;
        vm.prank(w);
        try pool.revealReport(c, rg.vote, rg.t, s) {
            _expect(true, want, "revealReport");
            if (pool.seat(c, w).commitment != bytes32(0)) _fail("revealReport: a served commitment still shown");
            cg[c].reveals++;
            if (rg.vote) cg[c].trueReveals++;
        } catch {
            _expect(false, want, "revealReport");
        }
    }

    /// Finalizes one committee directly; checks each member's payoff against the table.
    function finalize(uint256 oSeed) external {
        uint256 c = _committee(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (c == 0) c = _committee(oSeed, IWitnessPool.CommitteeStatus.Requested);
        if (c == 0) return;
        _finalize(c);
    }

    function _finalize(uint256 c) internal {
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        bool want = block.timestamp > cv.revealEnd;
        int256[] memory expected = _expectedPayoffs(c, cv);
        uint256[] memory before = _stakes(cv.members);
        vm.prank(stranger);
        try pool.finalize(c) {
            _expect(true, want, "finalize");
            cg[c].finalizations++;
            _checkStakes(cv.members, before, expected);
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
        uint256 ready = o.flags & 8 != 0 ? uint256(o.deadline) : uint256(market.segment(id, o.segments - 1).revealEnd) + 1;
        bool want = block.timestamp >= ready;
        // the payoffs of every committee settle will finalize, summed per witness
        address[] memory who = witnesses;
        int256[] memory expected = new int256[](who.length);
        bool[] memory toFinalize = new bool[](o.segments);
        for (uint8 k; k < o.segments; ++k) {
            uint256 c = id << 8 | k;
            WitnessPool.CommitteeView memory cv = pool.committee(c);
            if (cv.status != IWitnessPool.CommitteeStatus.Drawn && cv.status != IWitnessPool.CommitteeStatus.Requested) {
                continue;
            }
            toFinalize[k] = true;
            int256[] memory e = _expectedPayoffs(c, cv);
            for (uint256 i; i < cv.members.length; ++i) {
                for (uint256 j; j < who.length; ++j) {
                    if (who[j] == cv.members[i]) expected[j] += e[i];
                }
            }
        }
        uint256[] memory before = _stakes(who);
        uint256 cb = token.balanceOf(o.customer);
        uint256 pb = token.balanceOf(o.bestBidder);
        vm.prank(stranger);
        try market.settle(id) {
            _expect(true, want, "settle");
            g[id].settlements++;
            for (uint8 k; k < o.segments; ++k) {
                if (toFinalize[k]) cg[id << 8 | k].finalizations++;
            }
            _checkStakes(who, before, expected);
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

    /// The customer posts kits to the drawn committee (and, now and then, to a stranger).
    function postProbeKit(uint256 oSeed, bool toStranger) external {
        uint256 c = _committee(oSeed, IWitnessPool.CommitteeStatus.Drawn);
        if (c == 0) return;
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        address[] memory m = cv.members;
        if (toStranger) m[0] = stranger;
        vm.prank(cv.customer);
        try market.postProbeKit(c >> 8, uint8(c), m, new bytes[](m.length)) {
            _expect(true, !toStranger, "postProbeKit");
        } catch {
            _expect(false, !toStranger, "postProbeKit");
        }
    }

    function _stakes(address[] memory m) internal view returns (uint256[] memory s) {
        s = new uint256[](m.length);
        for (uint256 i; i < m.length; ++i) {
            s[i] = pool.witness(m[i]).stake;
        }
    }

    /// Each member's payoff by the table of SPEC §4.4 in seat fees (zero if the committee ends
    /// unwitnessed): +10/0/−1 under Violation, −1/+1/−1 under NoViolation (true/false/none).
    function _expectedPayoffs(uint256 c, WitnessPool.CommitteeView memory cv) internal view returns (int256[] memory e) {
        e = new int256[](cv.members.length);
        if (cv.status != IWitnessPool.CommitteeStatus.Drawn) return e;
        bool violated = cv.violationReports >= cv.members.length / 2 + 1;
        int256 s = int256(cv.seatFee);
        for (uint256 i; i < cv.members.length; ++i) {
            WitnessPool.SeatView memory st = pool.seat(c, cv.members[i]);
            if (!st.revealed) e[i] = -s;
            else if (st.violated) e[i] = violated ? 10 * s : -s;
            else e[i] = violated ? int256(0) : s;
        }
    }

    function _checkStakes(address[] memory m, uint256[] memory before, int256[] memory expected) internal {
        for (uint256 i; i < m.length; ++i) {
            if (int256(pool.witness(m[i]).stake) - int256(before[i]) != expected[i]) _fail("payoff differs from the table");
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
            if (o.flags & 4 == 0) {
                if (aSeed % 5 == 0) vm.warp(uint256(o.deadline) + 1);
                _fulfill(id, aSeed % 5 != 0);
            } else {
                if (aSeed % 9 == 0) {
                    vm.warp(uint256(o.deadline) + 1);
                    _expire(id);
                } else {
                    _confirm(id, true);
                }
            }
        } else if (o.state == Market.State.Fulfilling) {
            _progressService(id, o, aSeed, pSeed);
        } else if (o.state == Market.State.Settled) {
            _finish(id);
        }
    }

    /// Mostly the oldest open order (so that one order goes far), else a random one.
    function _pickActive(uint256 seed) internal view returns (uint256 id, uint256 active) {
        uint256 n = orderIds.length;
        uint256 start = seed % 4 != 0 ? 0 : (seed >> 2) % (n == 0 ? 1 : n);
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
                // mostly just under the best so far, sometimes equal to it (or at the maximum)
                uint96 best = g[id].any ? g[id].minPrice : g[id].maxPrice;
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
                if (market.sealedBid(id, p).status == Market.BidStatus.Committed && (pSeed >> i) % 4 != 0) {
                    _revealBid(id, p, uint8(pSeed >> (8 * i)));
                }
            }
        } else {
            _close(id);
            if (aSeed % 2 == 0) _forfeit(id, _committer(id, pSeed));
        }
    }

    function _commitAll(uint256 c, uint256 pSeed) internal {
        uint256 size = pool.committee(c).members.length;
        for (uint256 i; i < size; ++i) {
            // mostly honest commits (mode 0..3); some copies, stale T or a non-member
            uint8 mode = ((pSeed >> (8 * i + 16)) % 16) < 12 ? 0 : uint8(pSeed >> (8 * i));
            _commitReport(c, i, (pSeed >> i) % 2 == 0, mode);
        }
    }

    function _revealAll(uint256 c, uint256 pSeed) internal {
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        for (uint256 i; i < cv.members.length; ++i) {
            bool done = pool.seat(c, cv.members[i]).revealed;
            if ((pSeed >> i) % 5 != 0 && (!done || (pSeed >> i) % 7 == 0)) _revealReport(c, i, uint8(pSeed >> (8 * i)));
        }
    }

    /// The segment the clock is in (or the last one): open it if due, draw, report, and
    /// eventually settle.
    function _progressService(uint256 id, Market.Order memory o, uint256 aSeed, uint256 pSeed) internal {
        if (o.flags & 8 != 0) {
            if (block.timestamp < o.deadline) vm.warp(o.deadline);
            _settle(id);
            return;
        }
        uint8 k;
        for (uint8 j; j < o.segments; ++j) {
            if (block.timestamp >= market.segment(id, j).start) k = j;
        }
        Market.SegmentView memory sv = market.segment(id, k);
        uint256 c = sv.committeeId;
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        if (cv.status == IWitnessPool.CommitteeStatus.None && block.timestamp < sv.openUntil && aSeed % 10 != 0) {
            _open(id, k);
        } else if (cv.status == IWitnessPool.CommitteeStatus.Requested && block.timestamp < sv.end) {
            if (block.number <= cv.drawDueAfter) vm.roll(uint256(cv.drawDueAfter) + 1);
            _draw(c, aSeed);
            if (aSeed % 2 == 0 && pool.committee(c).status == IWitnessPool.CommitteeStatus.Drawn) _commitAll(c, pSeed);
        } else if (cv.status == IWitnessPool.CommitteeStatus.Drawn && block.timestamp <= sv.commitEnd && aSeed % 4 != 0) {
            _commitAll(c, pSeed);
        } else if (k > 0 && block.timestamp <= market.segment(id, k - 1).revealEnd && aSeed % 3 != 0) {
            // the previous segment's reports open while this one runs
            uint256 prev = market.segment(id, k - 1).committeeId;
            if (block.timestamp <= market.segment(id, k - 1).commitEnd) vm.warp(uint256(market.segment(id, k - 1).commitEnd) + 1);
            if (pool.committee(prev).status == IWitnessPool.CommitteeStatus.Drawn) _revealAll(prev, pSeed);
        } else if (k + 1 < o.segments) {
            vm.warp(market.segment(id, k + 1).start);
        } else if (block.timestamp <= sv.revealEnd && cv.status == IWitnessPool.CommitteeStatus.Drawn) {
            if (block.timestamp <= sv.commitEnd) vm.warp(uint256(sv.commitEnd) + 1);
            _revealAll(c, pSeed);
            if (aSeed % 4 == 0) vm.warp(uint256(sv.revealEnd) + 1);
        } else {
            if (block.timestamp <= sv.revealEnd) vm.warp(uint256(sv.revealEnd) + 1);
            if (aSeed % 3 == 0 && (cv.status == IWitnessPool.CommitteeStatus.Drawn || cv.status == IWitnessPool.CommitteeStatus.Requested)) {
                _finalize(c);
            }
            _settle(id);
        }
    }

    // ---------------------------------------------------------------- providers

    function registerProvider(uint256 aSeed, uint256 stake) external {
        address a = providers[aSeed % providers.length];
        stake = bound(stake, 90 ether, 2000 ether);
        bool want = market.provider(a).stake == 0 && stake >= 100 ether;
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
        bool want = market.provider(a).stake != 0 && amount > 0;
        vm.prank(a);
        try market.addProviderStake(amount) {
            _expect(true, want, "addProviderStake");
        } catch {
            _expect(false, want, "addProviderStake");
        }
    }

    function requestProviderExit(uint256 aSeed) external {
        if (aSeed % 8 != 0) return; // rarer than the rest, so that providers stay around
        address a = providers[aSeed % providers.length];
        Market.Provider memory pr = market.provider(a);
        bool want = pr.stake != 0 && pr.exitAt == 0;
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
        bool want = pr.stake != 0 && pr.exitAt != 0 && block.timestamp >= uint256(pr.exitAt) + 10 && pr.locked == 0;
        uint256 before = token.balanceOf(a);
        vm.prank(a);
        try market.withdrawProviderStake() {
            _expect(true, want, "withdrawProviderStake");
            if (token.balanceOf(a) - before != pr.stake) _fail("withdrawProviderStake: amount");
        } catch (bytes memory err) {
            _expect(false, want, "withdrawProviderStake");
            if (pr.locked != 0 && pr.exitAt != 0 && block.timestamp >= uint256(pr.exitAt) + 10) {
                // the refusal names an order that locked the provider's stake
                bytes memory named = abi.encodeWithSelector(Market.StakeLocked.selector, uint256(pr.locked), uint256(pr.lastLockOrder));
                if (keccak256(err) != keccak256(named)) _fail("withdrawProviderStake: refusal does not name the order");
            }
        }
    }

    // ---------------------------------------------------------------- witnesses

    function registerWitness(uint256 aSeed, uint256 stake) external {
        address a = witnesses[aSeed % witnesses.length];
        stake = bound(stake, 45 ether, 200 ether);
        bool want = !pool.witness(a).registered && stake >= 50 ether;
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
        bool want = pool.witness(a).registered && amount > 0;
        vm.prank(a);
        try pool.addWitnessStake(amount) {
            _expect(true, want, "addWitnessStake");
        } catch {
            _expect(false, want, "addWitnessStake");
        }
    }

    function setAvailable(uint256 aSeed, bool available) external {
        address a = witnesses[aSeed % witnesses.length];
        WitnessPool.WitnessView memory w = pool.witness(a);
        bool want = w.registered && !w.exiting;
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
        WitnessPool.WitnessView memory w = pool.witness(a);
        bool want = w.registered && !w.exiting;
        vm.prank(a);
        try pool.requestWitnessExit() {
            _expect(true, want, "requestWitnessExit");
        } catch {
            _expect(false, want, "requestWitnessExit");
        }
    }

    /// A partial withdrawal (free stake above the minimum) or, after exit, everything.
    function withdrawWitnessStake(uint256 aSeed, uint256 amount) external {
        address a = witnesses[aSeed % witnesses.length];
        WitnessPool.WitnessView memory w = pool.witness(a);
        amount = aSeed % 2 == 0 ? w.stake : bound(amount, 1, 60 ether);
        uint256 floor = w.locked > 50 ether ? w.locked : 50 ether;
        bool out = w.exiting && w.locked == 0 && block.timestamp >= w.withdrawableAt;
        bool want = w.registered && amount > 0 && (amount + floor <= w.stake || (out && amount <= w.stake));
        uint256 before = token.balanceOf(a);
        vm.prank(a);
        try pool.withdrawWitnessStake(amount) {
            _expect(true, want, "withdrawWitnessStake");
            if (token.balanceOf(a) - before != amount) _fail("withdrawWitnessStake: amount");
        } catch {
            _expect(false, want, "withdrawWitnessStake");
        }
    }

    // ---------------------------------------------------------------- liveness (SPEC §7.2)

    /// After every deadline, permissionless calls by a stranger take every order to Finished or
    /// Failed — segments nobody opened included — and every unrevealed bond can be forfeited.
    function driveAllToEnd() external {
        for (uint256 round; round < 6; ++round) {
            vm.warp(block.timestamp + 1 days);
            vm.roll(block.number + 10);
            for (uint256 k; k < orderIds.length; ++k) {
                uint256 id = orderIds[k];
                Market.Order memory o = market.order(id);
                if (o.state == Market.State.Bidding) {
                    _close(id);
                } else if (o.state == Market.State.Confirming) {
                    _expire(id);
                } else if (o.state == Market.State.Deploying) {
                    if (o.flags & 4 != 0) _expire(id);
                    else _fulfill(id, false);
                } else if (o.state == Market.State.Fulfilling) {
                    _settle(id);
                } else if (o.state == Market.State.Settled) {
                    _finish(id);
                }
            }
        }
        for (uint256 k; k < orderIds.length; ++k) {
            uint256 id = orderIds[k];
            if (market.order(id).flags & 1 == 0) continue;
            for (uint256 i; i < providers.length; ++i) {
                if (market.sealedBid(id, providers[i]).status != Market.BidStatus.Committed) continue;
                vm.prank(stranger);
                try market.forfeitBond(id, providers[i]) {}
                catch {
                    _fail("forfeitBond after every deadline");
                }
            }
        }
    }
}
