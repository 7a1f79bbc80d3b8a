package io.gojichain.tools.demo;

import io.gojichain.contracts.GojiEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated season: every event in send order (day by day; within a day harvests, then
 * processing, then sales, each in event-time order).
 *
 * @param salesStart first day with sales, in the Asia/Shanghai calendar
 * @param salesEnd last day with sales
 * @param sellOutSession the livestream session planted to sell out with a burst of orders
 * @param overdrawnLots the lots planted to give processing more fresh kg than they held
 * @param premiumCooperative the co-operative planted to earn clearly more per fresh kg
 */
record Season(
        SeasonSettings settings,
        List<GojiEvent> events,
        LocalDate salesStart,
        LocalDate salesEnd,
        String sellOutSession,
        List<String> overdrawnLots,
        String premiumCooperative) {}
