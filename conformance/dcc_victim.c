// SPDX-License-Identifier: GPL-2.0
/*
 * dcc_victim.c - traced functions for the direct-call conformance suite.
 * All are noinline: the suite needs real calls and real ftrace patch sites.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include "dcc_victim.h"

struct dcc_victim_state dcc_victim_state;
EXPORT_SYMBOL_GPL(dcc_victim_state);

/**
 * dcc_victim_body() - what every ten-argument victim body does.
 * @id: which body.
 * @args: the DCC_NR_ARGS arguments it received.
 * @ret_ip: the address the victim returns to (its _RET_IP_).
 *
 * Return: dcc_victim_expect() of @args plus dcc_victim_bias(@id).
 */
long dcc_victim_body(enum dcc_victim_id id, const long *args, unsigned long ret_ip)
{
	int i;

	if (id != DCC_V_LOAD) {
		for (i = 0; i < DCC_NR_ARGS; i++)
			dcc_victim_state.args[id][i] = args[i];
		dcc_victim_state.ret_ip[id] = ret_ip;
	}
	atomic_inc(&dcc_victim_state.calls[id]);
	return dcc_victim_expect(args, DCC_NR_ARGS) + dcc_victim_bias(id);
}
EXPORT_SYMBOL_GPL(dcc_victim_body);

noinline long dcc_victim_args8(long a0, long a1, long a2, long a3,
			       long a4, long a5, long a6, long a7)
{
	long args[8] = { a0, a1, a2, a3, a4, a5, a6, a7 };
	int i;

	for (i = 0; i < 8; i++)
		dcc_victim_state.args[DCC_V_ARGS8][i] = args[i];
	atomic_inc(&dcc_victim_state.calls[DCC_V_ARGS8]);
	return dcc_victim_expect(args, 8);
}
EXPORT_SYMBOL_GPL(dcc_victim_args8);

/*
 * The ten-argument victims: at least two arguments are passed on the
 * stack on every arch. Each records its arguments under its own id.
 */
noinline long dcc_victim_args10(long a0, long a1, long a2, long a3, long a4,
				long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_ARGS10, args, _RET_IP_);
}
EXPORT_SYMBOL_GPL(dcc_victim_args10);

noinline long dcc_victim_ipmod(long a0, long a1, long a2, long a3, long a4,
			       long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_IPMOD, args, _RET_IP_);
}
EXPORT_SYMBOL_GPL(dcc_victim_ipmod);

/* What an IPMODIFY ops runs instead of dcc_victim_ipmod(). */
noinline long dcc_victim_replacement(long a0, long a1, long a2, long a3, long a4,
				     long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_REPLACEMENT, args, _RET_IP_);
}
EXPORT_SYMBOL_GPL(dcc_victim_replacement);

noinline long dcc_victim_load(long a0, long a1, long a2, long a3, long a4,
			      long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_LOAD, args, _RET_IP_);
}
EXPORT_SYMBOL_GPL(dcc_victim_load);

noinline long dcc_victim_probe(long a0, long a1, long a2, long a3, long a4,
			       long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_PROBE, args, _RET_IP_);
}
EXPORT_SYMBOL_GPL(dcc_victim_probe);

noinline long dcc_victim_other(long a0, long a1, long a2, long a3, long a4,
			       long a5, long a6, long a7, long a8, long a9)
{
	long args[DCC_NR_ARGS] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };

	return dcc_victim_body(DCC_V_OTHER, args, _RET_IP_);
}
EXPORT_SYMBOL_GPL(dcc_victim_other);

/* Does nothing but return: what conformance/dcc_percall.c times per call. */
noinline long dcc_victim_trivial(long x)
{
	return x + 1;
}
EXPORT_SYMBOL_GPL(dcc_victim_trivial);

static long dcc_victim_many_body(long x, int n)
{
	atomic_inc(&dcc_victim_state.many_calls[n]);
	return x * 64 + n;
}

#define DCC_MANY(n)							\
static noinline long dcc_victim_many_##n(long x)			\
{									\
	return dcc_victim_many_body(x, n);				\
}

DCC_MANY(0) DCC_MANY(1) DCC_MANY(2) DCC_MANY(3) DCC_MANY(4)
DCC_MANY(5) DCC_MANY(6) DCC_MANY(7) DCC_MANY(8) DCC_MANY(9)
DCC_MANY(10) DCC_MANY(11) DCC_MANY(12) DCC_MANY(13) DCC_MANY(14)
DCC_MANY(15) DCC_MANY(16) DCC_MANY(17) DCC_MANY(18) DCC_MANY(19)
DCC_MANY(20) DCC_MANY(21) DCC_MANY(22) DCC_MANY(23) DCC_MANY(24)
DCC_MANY(25) DCC_MANY(26) DCC_MANY(27) DCC_MANY(28) DCC_MANY(29)
DCC_MANY(30) DCC_MANY(31) DCC_MANY(32) DCC_MANY(33) DCC_MANY(34)
DCC_MANY(35) DCC_MANY(36) DCC_MANY(37) DCC_MANY(38) DCC_MANY(39)

long (*const dcc_victim_many[DCC_VICTIM_MANY])(long x) = {
	dcc_victim_many_0, dcc_victim_many_1, dcc_victim_many_2, dcc_victim_many_3,
	dcc_victim_many_4, dcc_victim_many_5, dcc_victim_many_6, dcc_victim_many_7,
	dcc_victim_many_8, dcc_victim_many_9, dcc_victim_many_10, dcc_victim_many_11,
	dcc_victim_many_12, dcc_victim_many_13, dcc_victim_many_14, dcc_victim_many_15,
	dcc_victim_many_16, dcc_victim_many_17, dcc_victim_many_18, dcc_victim_many_19,
	dcc_victim_many_20, dcc_victim_many_21, dcc_victim_many_22, dcc_victim_many_23,
	dcc_victim_many_24, dcc_victim_many_25, dcc_victim_many_26, dcc_victim_many_27,
	dcc_victim_many_28, dcc_victim_many_29, dcc_victim_many_30, dcc_victim_many_31,
	dcc_victim_many_32, dcc_victim_many_33, dcc_victim_many_34, dcc_victim_many_35,
	dcc_victim_many_36, dcc_victim_many_37, dcc_victim_many_38, dcc_victim_many_39,
};
EXPORT_SYMBOL_GPL(dcc_victim_many);

/*
 * dcc_victim_bulk[]: DCC_VICTIM_BULK functions for one ops over a thousand
 * sites. Named by three digits; "1##digits - 1000" is the index as a
 * decimal literal (a leading 0 would make it octal).
 */
static long dcc_victim_bulk_body(long x, int n)
{
	atomic_inc(&dcc_victim_state.bulk_calls[n]);
	return x * 4096 + n;
}

#define DCC_BULK1(d)							\
static noinline long dcc_victim_bulk_##d(long x)			\
{									\
	return dcc_victim_bulk_body(x, 1##d - 1000);			\
}

DCC_BULK1(000) DCC_BULK1(001) DCC_BULK1(002) DCC_BULK1(003) DCC_BULK1(004)
DCC_BULK1(005) DCC_BULK1(006) DCC_BULK1(007) DCC_BULK1(008) DCC_BULK1(009)
DCC_BULK1(010) DCC_BULK1(011) DCC_BULK1(012) DCC_BULK1(013) DCC_BULK1(014)
DCC_BULK1(015) DCC_BULK1(016) DCC_BULK1(017) DCC_BULK1(018) DCC_BULK1(019)
DCC_BULK1(020) DCC_BULK1(021) DCC_BULK1(022) DCC_BULK1(023) DCC_BULK1(024)
DCC_BULK1(025) DCC_BULK1(026) DCC_BULK1(027) DCC_BULK1(028) DCC_BULK1(029)
DCC_BULK1(030) DCC_BULK1(031) DCC_BULK1(032) DCC_BULK1(033) DCC_BULK1(034)
DCC_BULK1(035) DCC_BULK1(036) DCC_BULK1(037) DCC_BULK1(038) DCC_BULK1(039)
DCC_BULK1(040) DCC_BULK1(041) DCC_BULK1(042) DCC_BULK1(043) DCC_BULK1(044)
DCC_BULK1(045) DCC_BULK1(046) DCC_BULK1(047) DCC_BULK1(048) DCC_BULK1(049)
DCC_BULK1(050) DCC_BULK1(051) DCC_BULK1(052) DCC_BULK1(053) DCC_BULK1(054)
DCC_BULK1(055) DCC_BULK1(056) DCC_BULK1(057) DCC_BULK1(058) DCC_BULK1(059)
DCC_BULK1(060) DCC_BULK1(061) DCC_BULK1(062) DCC_BULK1(063) DCC_BULK1(064)
DCC_BULK1(065) DCC_BULK1(066) DCC_BULK1(067) DCC_BULK1(068) DCC_BULK1(069)
DCC_BULK1(070) DCC_BULK1(071) DCC_BULK1(072) DCC_BULK1(073) DCC_BULK1(074)
DCC_BULK1(075) DCC_BULK1(076) DCC_BULK1(077) DCC_BULK1(078) DCC_BULK1(079)
DCC_BULK1(080) DCC_BULK1(081) DCC_BULK1(082) DCC_BULK1(083) DCC_BULK1(084)
DCC_BULK1(085) DCC_BULK1(086) DCC_BULK1(087) DCC_BULK1(088) DCC_BULK1(089)
DCC_BULK1(090) DCC_BULK1(091) DCC_BULK1(092) DCC_BULK1(093) DCC_BULK1(094)
DCC_BULK1(095) DCC_BULK1(096) DCC_BULK1(097) DCC_BULK1(098) DCC_BULK1(099)
DCC_BULK1(100) DCC_BULK1(101) DCC_BULK1(102) DCC_BULK1(103) DCC_BULK1(104)
DCC_BULK1(105) DCC_BULK1(106) DCC_BULK1(107) DCC_BULK1(108) DCC_BULK1(109)
DCC_BULK1(110) DCC_BULK1(111) DCC_BULK1(112) DCC_BULK1(113) DCC_BULK1(114)
DCC_BULK1(115) DCC_BULK1(116) DCC_BULK1(117) DCC_BULK1(118) DCC_BULK1(119)
DCC_BULK1(120) DCC_BULK1(121) DCC_BULK1(122) DCC_BULK1(123) DCC_BULK1(124)
DCC_BULK1(125) DCC_BULK1(126) DCC_BULK1(127) DCC_BULK1(128) DCC_BULK1(129)
DCC_BULK1(130) DCC_BULK1(131) DCC_BULK1(132) DCC_BULK1(133) DCC_BULK1(134)
DCC_BULK1(135) DCC_BULK1(136) DCC_BULK1(137) DCC_BULK1(138) DCC_BULK1(139)
DCC_BULK1(140) DCC_BULK1(141) DCC_BULK1(142) DCC_BULK1(143) DCC_BULK1(144)
DCC_BULK1(145) DCC_BULK1(146) DCC_BULK1(147) DCC_BULK1(148) DCC_BULK1(149)
DCC_BULK1(150) DCC_BULK1(151) DCC_BULK1(152) DCC_BULK1(153) DCC_BULK1(154)
DCC_BULK1(155) DCC_BULK1(156) DCC_BULK1(157) DCC_BULK1(158) DCC_BULK1(159)
DCC_BULK1(160) DCC_BULK1(161) DCC_BULK1(162) DCC_BULK1(163) DCC_BULK1(164)
DCC_BULK1(165) DCC_BULK1(166) DCC_BULK1(167) DCC_BULK1(168) DCC_BULK1(169)
DCC_BULK1(170) DCC_BULK1(171) DCC_BULK1(172) DCC_BULK1(173) DCC_BULK1(174)
DCC_BULK1(175) DCC_BULK1(176) DCC_BULK1(177) DCC_BULK1(178) DCC_BULK1(179)
DCC_BULK1(180) DCC_BULK1(181) DCC_BULK1(182) DCC_BULK1(183) DCC_BULK1(184)
DCC_BULK1(185) DCC_BULK1(186) DCC_BULK1(187) DCC_BULK1(188) DCC_BULK1(189)
DCC_BULK1(190) DCC_BULK1(191) DCC_BULK1(192) DCC_BULK1(193) DCC_BULK1(194)
DCC_BULK1(195) DCC_BULK1(196) DCC_BULK1(197) DCC_BULK1(198) DCC_BULK1(199)
DCC_BULK1(200) DCC_BULK1(201) DCC_BULK1(202) DCC_BULK1(203) DCC_BULK1(204)
DCC_BULK1(205) DCC_BULK1(206) DCC_BULK1(207) DCC_BULK1(208) DCC_BULK1(209)
DCC_BULK1(210) DCC_BULK1(211) DCC_BULK1(212) DCC_BULK1(213) DCC_BULK1(214)
DCC_BULK1(215) DCC_BULK1(216) DCC_BULK1(217) DCC_BULK1(218) DCC_BULK1(219)
DCC_BULK1(220) DCC_BULK1(221) DCC_BULK1(222) DCC_BULK1(223) DCC_BULK1(224)
DCC_BULK1(225) DCC_BULK1(226) DCC_BULK1(227) DCC_BULK1(228) DCC_BULK1(229)
DCC_BULK1(230) DCC_BULK1(231) DCC_BULK1(232) DCC_BULK1(233) DCC_BULK1(234)
DCC_BULK1(235) DCC_BULK1(236) DCC_BULK1(237) DCC_BULK1(238) DCC_BULK1(239)
DCC_BULK1(240) DCC_BULK1(241) DCC_BULK1(242) DCC_BULK1(243) DCC_BULK1(244)
DCC_BULK1(245) DCC_BULK1(246) DCC_BULK1(247) DCC_BULK1(248) DCC_BULK1(249)
DCC_BULK1(250) DCC_BULK1(251) DCC_BULK1(252) DCC_BULK1(253) DCC_BULK1(254)
DCC_BULK1(255) DCC_BULK1(256) DCC_BULK1(257) DCC_BULK1(258) DCC_BULK1(259)
DCC_BULK1(260) DCC_BULK1(261) DCC_BULK1(262) DCC_BULK1(263) DCC_BULK1(264)
DCC_BULK1(265) DCC_BULK1(266) DCC_BULK1(267) DCC_BULK1(268) DCC_BULK1(269)
DCC_BULK1(270) DCC_BULK1(271) DCC_BULK1(272) DCC_BULK1(273) DCC_BULK1(274)
DCC_BULK1(275) DCC_BULK1(276) DCC_BULK1(277) DCC_BULK1(278) DCC_BULK1(279)
DCC_BULK1(280) DCC_BULK1(281) DCC_BULK1(282) DCC_BULK1(283) DCC_BULK1(284)
DCC_BULK1(285) DCC_BULK1(286) DCC_BULK1(287) DCC_BULK1(288) DCC_BULK1(289)
DCC_BULK1(290) DCC_BULK1(291) DCC_BULK1(292) DCC_BULK1(293) DCC_BULK1(294)
DCC_BULK1(295) DCC_BULK1(296) DCC_BULK1(297) DCC_BULK1(298) DCC_BULK1(299)
DCC_BULK1(300) DCC_BULK1(301) DCC_BULK1(302) DCC_BULK1(303) DCC_BULK1(304)
DCC_BULK1(305) DCC_BULK1(306) DCC_BULK1(307) DCC_BULK1(308) DCC_BULK1(309)
DCC_BULK1(310) DCC_BULK1(311) DCC_BULK1(312) DCC_BULK1(313) DCC_BULK1(314)
DCC_BULK1(315) DCC_BULK1(316) DCC_BULK1(317) DCC_BULK1(318) DCC_BULK1(319)
DCC_BULK1(320) DCC_BULK1(321) DCC_BULK1(322) DCC_BULK1(323) DCC_BULK1(324)
DCC_BULK1(325) DCC_BULK1(326) DCC_BULK1(327) DCC_BULK1(328) DCC_BULK1(329)
DCC_BULK1(330) DCC_BULK1(331) DCC_BULK1(332) DCC_BULK1(333) DCC_BULK1(334)
DCC_BULK1(335) DCC_BULK1(336) DCC_BULK1(337) DCC_BULK1(338) DCC_BULK1(339)
DCC_BULK1(340) DCC_BULK1(341) DCC_BULK1(342) DCC_BULK1(343) DCC_BULK1(344)
DCC_BULK1(345) DCC_BULK1(346) DCC_BULK1(347) DCC_BULK1(348) DCC_BULK1(349)
DCC_BULK1(350) DCC_BULK1(351) DCC_BULK1(352) DCC_BULK1(353) DCC_BULK1(354)
DCC_BULK1(355) DCC_BULK1(356) DCC_BULK1(357) DCC_BULK1(358) DCC_BULK1(359)
DCC_BULK1(360) DCC_BULK1(361) DCC_BULK1(362) DCC_BULK1(363) DCC_BULK1(364)
DCC_BULK1(365) DCC_BULK1(366) DCC_BULK1(367) DCC_BULK1(368) DCC_BULK1(369)
DCC_BULK1(370) DCC_BULK1(371) DCC_BULK1(372) DCC_BULK1(373) DCC_BULK1(374)
DCC_BULK1(375) DCC_BULK1(376) DCC_BULK1(377) DCC_BULK1(378) DCC_BULK1(379)
DCC_BULK1(380) DCC_BULK1(381) DCC_BULK1(382) DCC_BULK1(383) DCC_BULK1(384)
DCC_BULK1(385) DCC_BULK1(386) DCC_BULK1(387) DCC_BULK1(388) DCC_BULK1(389)
DCC_BULK1(390) DCC_BULK1(391) DCC_BULK1(392) DCC_BULK1(393) DCC_BULK1(394)
DCC_BULK1(395) DCC_BULK1(396) DCC_BULK1(397) DCC_BULK1(398) DCC_BULK1(399)
DCC_BULK1(400) DCC_BULK1(401) DCC_BULK1(402) DCC_BULK1(403) DCC_BULK1(404)
DCC_BULK1(405) DCC_BULK1(406) DCC_BULK1(407) DCC_BULK1(408) DCC_BULK1(409)
DCC_BULK1(410) DCC_BULK1(411) DCC_BULK1(412) DCC_BULK1(413) DCC_BULK1(414)
DCC_BULK1(415) DCC_BULK1(416) DCC_BULK1(417) DCC_BULK1(418) DCC_BULK1(419)
DCC_BULK1(420) DCC_BULK1(421) DCC_BULK1(422) DCC_BULK1(423) DCC_BULK1(424)
DCC_BULK1(425) DCC_BULK1(426) DCC_BULK1(427) DCC_BULK1(428) DCC_BULK1(429)
DCC_BULK1(430) DCC_BULK1(431) DCC_BULK1(432) DCC_BULK1(433) DCC_BULK1(434)
DCC_BULK1(435) DCC_BULK1(436) DCC_BULK1(437) DCC_BULK1(438) DCC_BULK1(439)
DCC_BULK1(440) DCC_BULK1(441) DCC_BULK1(442) DCC_BULK1(443) DCC_BULK1(444)
DCC_BULK1(445) DCC_BULK1(446) DCC_BULK1(447) DCC_BULK1(448) DCC_BULK1(449)
DCC_BULK1(450) DCC_BULK1(451) DCC_BULK1(452) DCC_BULK1(453) DCC_BULK1(454)
DCC_BULK1(455) DCC_BULK1(456) DCC_BULK1(457) DCC_BULK1(458) DCC_BULK1(459)
DCC_BULK1(460) DCC_BULK1(461) DCC_BULK1(462) DCC_BULK1(463) DCC_BULK1(464)
DCC_BULK1(465) DCC_BULK1(466) DCC_BULK1(467) DCC_BULK1(468) DCC_BULK1(469)
DCC_BULK1(470) DCC_BULK1(471) DCC_BULK1(472) DCC_BULK1(473) DCC_BULK1(474)
DCC_BULK1(475) DCC_BULK1(476) DCC_BULK1(477) DCC_BULK1(478) DCC_BULK1(479)
DCC_BULK1(480) DCC_BULK1(481) DCC_BULK1(482) DCC_BULK1(483) DCC_BULK1(484)
DCC_BULK1(485) DCC_BULK1(486) DCC_BULK1(487) DCC_BULK1(488) DCC_BULK1(489)
DCC_BULK1(490) DCC_BULK1(491) DCC_BULK1(492) DCC_BULK1(493) DCC_BULK1(494)
DCC_BULK1(495) DCC_BULK1(496) DCC_BULK1(497) DCC_BULK1(498) DCC_BULK1(499)
DCC_BULK1(500) DCC_BULK1(501) DCC_BULK1(502) DCC_BULK1(503) DCC_BULK1(504)
DCC_BULK1(505) DCC_BULK1(506) DCC_BULK1(507) DCC_BULK1(508) DCC_BULK1(509)
DCC_BULK1(510) DCC_BULK1(511) DCC_BULK1(512) DCC_BULK1(513) DCC_BULK1(514)
DCC_BULK1(515) DCC_BULK1(516) DCC_BULK1(517) DCC_BULK1(518) DCC_BULK1(519)
DCC_BULK1(520) DCC_BULK1(521) DCC_BULK1(522) DCC_BULK1(523) DCC_BULK1(524)
DCC_BULK1(525) DCC_BULK1(526) DCC_BULK1(527) DCC_BULK1(528) DCC_BULK1(529)
DCC_BULK1(530) DCC_BULK1(531) DCC_BULK1(532) DCC_BULK1(533) DCC_BULK1(534)
DCC_BULK1(535) DCC_BULK1(536) DCC_BULK1(537) DCC_BULK1(538) DCC_BULK1(539)
DCC_BULK1(540) DCC_BULK1(541) DCC_BULK1(542) DCC_BULK1(543) DCC_BULK1(544)
DCC_BULK1(545) DCC_BULK1(546) DCC_BULK1(547) DCC_BULK1(548) DCC_BULK1(549)
DCC_BULK1(550) DCC_BULK1(551) DCC_BULK1(552) DCC_BULK1(553) DCC_BULK1(554)
DCC_BULK1(555) DCC_BULK1(556) DCC_BULK1(557) DCC_BULK1(558) DCC_BULK1(559)
DCC_BULK1(560) DCC_BULK1(561) DCC_BULK1(562) DCC_BULK1(563) DCC_BULK1(564)
DCC_BULK1(565) DCC_BULK1(566) DCC_BULK1(567) DCC_BULK1(568) DCC_BULK1(569)
DCC_BULK1(570) DCC_BULK1(571) DCC_BULK1(572) DCC_BULK1(573) DCC_BULK1(574)
DCC_BULK1(575) DCC_BULK1(576) DCC_BULK1(577) DCC_BULK1(578) DCC_BULK1(579)
DCC_BULK1(580) DCC_BULK1(581) DCC_BULK1(582) DCC_BULK1(583) DCC_BULK1(584)
DCC_BULK1(585) DCC_BULK1(586) DCC_BULK1(587) DCC_BULK1(588) DCC_BULK1(589)
DCC_BULK1(590) DCC_BULK1(591) DCC_BULK1(592) DCC_BULK1(593) DCC_BULK1(594)
DCC_BULK1(595) DCC_BULK1(596) DCC_BULK1(597) DCC_BULK1(598) DCC_BULK1(599)
DCC_BULK1(600) DCC_BULK1(601) DCC_BULK1(602) DCC_BULK1(603) DCC_BULK1(604)
DCC_BULK1(605) DCC_BULK1(606) DCC_BULK1(607) DCC_BULK1(608) DCC_BULK1(609)
DCC_BULK1(610) DCC_BULK1(611) DCC_BULK1(612) DCC_BULK1(613) DCC_BULK1(614)
DCC_BULK1(615) DCC_BULK1(616) DCC_BULK1(617) DCC_BULK1(618) DCC_BULK1(619)
DCC_BULK1(620) DCC_BULK1(621) DCC_BULK1(622) DCC_BULK1(623) DCC_BULK1(624)
DCC_BULK1(625) DCC_BULK1(626) DCC_BULK1(627) DCC_BULK1(628) DCC_BULK1(629)
DCC_BULK1(630) DCC_BULK1(631) DCC_BULK1(632) DCC_BULK1(633) DCC_BULK1(634)
DCC_BULK1(635) DCC_BULK1(636) DCC_BULK1(637) DCC_BULK1(638) DCC_BULK1(639)
DCC_BULK1(640) DCC_BULK1(641) DCC_BULK1(642) DCC_BULK1(643) DCC_BULK1(644)
DCC_BULK1(645) DCC_BULK1(646) DCC_BULK1(647) DCC_BULK1(648) DCC_BULK1(649)
DCC_BULK1(650) DCC_BULK1(651) DCC_BULK1(652) DCC_BULK1(653) DCC_BULK1(654)
DCC_BULK1(655) DCC_BULK1(656) DCC_BULK1(657) DCC_BULK1(658) DCC_BULK1(659)
DCC_BULK1(660) DCC_BULK1(661) DCC_BULK1(662) DCC_BULK1(663) DCC_BULK1(664)
DCC_BULK1(665) DCC_BULK1(666) DCC_BULK1(667) DCC_BULK1(668) DCC_BULK1(669)
DCC_BULK1(670) DCC_BULK1(671) DCC_BULK1(672) DCC_BULK1(673) DCC_BULK1(674)
DCC_BULK1(675) DCC_BULK1(676) DCC_BULK1(677) DCC_BULK1(678) DCC_BULK1(679)
DCC_BULK1(680) DCC_BULK1(681) DCC_BULK1(682) DCC_BULK1(683) DCC_BULK1(684)
DCC_BULK1(685) DCC_BULK1(686) DCC_BULK1(687) DCC_BULK1(688) DCC_BULK1(689)
DCC_BULK1(690) DCC_BULK1(691) DCC_BULK1(692) DCC_BULK1(693) DCC_BULK1(694)
DCC_BULK1(695) DCC_BULK1(696) DCC_BULK1(697) DCC_BULK1(698) DCC_BULK1(699)
DCC_BULK1(700) DCC_BULK1(701) DCC_BULK1(702) DCC_BULK1(703) DCC_BULK1(704)
DCC_BULK1(705) DCC_BULK1(706) DCC_BULK1(707) DCC_BULK1(708) DCC_BULK1(709)
DCC_BULK1(710) DCC_BULK1(711) DCC_BULK1(712) DCC_BULK1(713) DCC_BULK1(714)
DCC_BULK1(715) DCC_BULK1(716) DCC_BULK1(717) DCC_BULK1(718) DCC_BULK1(719)
DCC_BULK1(720) DCC_BULK1(721) DCC_BULK1(722) DCC_BULK1(723) DCC_BULK1(724)
DCC_BULK1(725) DCC_BULK1(726) DCC_BULK1(727) DCC_BULK1(728) DCC_BULK1(729)
DCC_BULK1(730) DCC_BULK1(731) DCC_BULK1(732) DCC_BULK1(733) DCC_BULK1(734)
DCC_BULK1(735) DCC_BULK1(736) DCC_BULK1(737) DCC_BULK1(738) DCC_BULK1(739)
DCC_BULK1(740) DCC_BULK1(741) DCC_BULK1(742) DCC_BULK1(743) DCC_BULK1(744)
DCC_BULK1(745) DCC_BULK1(746) DCC_BULK1(747) DCC_BULK1(748) DCC_BULK1(749)
DCC_BULK1(750) DCC_BULK1(751) DCC_BULK1(752) DCC_BULK1(753) DCC_BULK1(754)
DCC_BULK1(755) DCC_BULK1(756) DCC_BULK1(757) DCC_BULK1(758) DCC_BULK1(759)
DCC_BULK1(760) DCC_BULK1(761) DCC_BULK1(762) DCC_BULK1(763) DCC_BULK1(764)
DCC_BULK1(765) DCC_BULK1(766) DCC_BULK1(767) DCC_BULK1(768) DCC_BULK1(769)
DCC_BULK1(770) DCC_BULK1(771) DCC_BULK1(772) DCC_BULK1(773) DCC_BULK1(774)
DCC_BULK1(775) DCC_BULK1(776) DCC_BULK1(777) DCC_BULK1(778) DCC_BULK1(779)
DCC_BULK1(780) DCC_BULK1(781) DCC_BULK1(782) DCC_BULK1(783) DCC_BULK1(784)
DCC_BULK1(785) DCC_BULK1(786) DCC_BULK1(787) DCC_BULK1(788) DCC_BULK1(789)
DCC_BULK1(790) DCC_BULK1(791) DCC_BULK1(792) DCC_BULK1(793) DCC_BULK1(794)
DCC_BULK1(795) DCC_BULK1(796) DCC_BULK1(797) DCC_BULK1(798) DCC_BULK1(799)
DCC_BULK1(800) DCC_BULK1(801) DCC_BULK1(802) DCC_BULK1(803) DCC_BULK1(804)
DCC_BULK1(805) DCC_BULK1(806) DCC_BULK1(807) DCC_BULK1(808) DCC_BULK1(809)
DCC_BULK1(810) DCC_BULK1(811) DCC_BULK1(812) DCC_BULK1(813) DCC_BULK1(814)
DCC_BULK1(815) DCC_BULK1(816) DCC_BULK1(817) DCC_BULK1(818) DCC_BULK1(819)
DCC_BULK1(820) DCC_BULK1(821) DCC_BULK1(822) DCC_BULK1(823) DCC_BULK1(824)
DCC_BULK1(825) DCC_BULK1(826) DCC_BULK1(827) DCC_BULK1(828) DCC_BULK1(829)
DCC_BULK1(830) DCC_BULK1(831) DCC_BULK1(832) DCC_BULK1(833) DCC_BULK1(834)
DCC_BULK1(835) DCC_BULK1(836) DCC_BULK1(837) DCC_BULK1(838) DCC_BULK1(839)
DCC_BULK1(840) DCC_BULK1(841) DCC_BULK1(842) DCC_BULK1(843) DCC_BULK1(844)
DCC_BULK1(845) DCC_BULK1(846) DCC_BULK1(847) DCC_BULK1(848) DCC_BULK1(849)
DCC_BULK1(850) DCC_BULK1(851) DCC_BULK1(852) DCC_BULK1(853) DCC_BULK1(854)
DCC_BULK1(855) DCC_BULK1(856) DCC_BULK1(857) DCC_BULK1(858) DCC_BULK1(859)
DCC_BULK1(860) DCC_BULK1(861) DCC_BULK1(862) DCC_BULK1(863) DCC_BULK1(864)
DCC_BULK1(865) DCC_BULK1(866) DCC_BULK1(867) DCC_BULK1(868) DCC_BULK1(869)
DCC_BULK1(870) DCC_BULK1(871) DCC_BULK1(872) DCC_BULK1(873) DCC_BULK1(874)
DCC_BULK1(875) DCC_BULK1(876) DCC_BULK1(877) DCC_BULK1(878) DCC_BULK1(879)
DCC_BULK1(880) DCC_BULK1(881) DCC_BULK1(882) DCC_BULK1(883) DCC_BULK1(884)
DCC_BULK1(885) DCC_BULK1(886) DCC_BULK1(887) DCC_BULK1(888) DCC_BULK1(889)
DCC_BULK1(890) DCC_BULK1(891) DCC_BULK1(892) DCC_BULK1(893) DCC_BULK1(894)
DCC_BULK1(895) DCC_BULK1(896) DCC_BULK1(897) DCC_BULK1(898) DCC_BULK1(899)
DCC_BULK1(900) DCC_BULK1(901) DCC_BULK1(902) DCC_BULK1(903) DCC_BULK1(904)
DCC_BULK1(905) DCC_BULK1(906) DCC_BULK1(907) DCC_BULK1(908) DCC_BULK1(909)
DCC_BULK1(910) DCC_BULK1(911) DCC_BULK1(912) DCC_BULK1(913) DCC_BULK1(914)
DCC_BULK1(915) DCC_BULK1(916) DCC_BULK1(917) DCC_BULK1(918) DCC_BULK1(919)
DCC_BULK1(920) DCC_BULK1(921) DCC_BULK1(922) DCC_BULK1(923) DCC_BULK1(924)
DCC_BULK1(925) DCC_BULK1(926) DCC_BULK1(927) DCC_BULK1(928) DCC_BULK1(929)
DCC_BULK1(930) DCC_BULK1(931) DCC_BULK1(932) DCC_BULK1(933) DCC_BULK1(934)
DCC_BULK1(935) DCC_BULK1(936) DCC_BULK1(937) DCC_BULK1(938) DCC_BULK1(939)
DCC_BULK1(940) DCC_BULK1(941) DCC_BULK1(942) DCC_BULK1(943) DCC_BULK1(944)
DCC_BULK1(945) DCC_BULK1(946) DCC_BULK1(947) DCC_BULK1(948) DCC_BULK1(949)
DCC_BULK1(950) DCC_BULK1(951) DCC_BULK1(952) DCC_BULK1(953) DCC_BULK1(954)
DCC_BULK1(955) DCC_BULK1(956) DCC_BULK1(957) DCC_BULK1(958) DCC_BULK1(959)
DCC_BULK1(960) DCC_BULK1(961) DCC_BULK1(962) DCC_BULK1(963) DCC_BULK1(964)
DCC_BULK1(965) DCC_BULK1(966) DCC_BULK1(967) DCC_BULK1(968) DCC_BULK1(969)
DCC_BULK1(970) DCC_BULK1(971) DCC_BULK1(972) DCC_BULK1(973) DCC_BULK1(974)
DCC_BULK1(975) DCC_BULK1(976) DCC_BULK1(977) DCC_BULK1(978) DCC_BULK1(979)
DCC_BULK1(980) DCC_BULK1(981) DCC_BULK1(982) DCC_BULK1(983) DCC_BULK1(984)
DCC_BULK1(985) DCC_BULK1(986) DCC_BULK1(987) DCC_BULK1(988) DCC_BULK1(989)
DCC_BULK1(990) DCC_BULK1(991) DCC_BULK1(992) DCC_BULK1(993) DCC_BULK1(994)
DCC_BULK1(995) DCC_BULK1(996) DCC_BULK1(997) DCC_BULK1(998) DCC_BULK1(999)

long (*const dcc_victim_bulk[DCC_VICTIM_BULK])(long x) = {
	dcc_victim_bulk_000, dcc_victim_bulk_001, dcc_victim_bulk_002, dcc_victim_bulk_003,
	dcc_victim_bulk_004, dcc_victim_bulk_005, dcc_victim_bulk_006, dcc_victim_bulk_007,
	dcc_victim_bulk_008, dcc_victim_bulk_009, dcc_victim_bulk_010, dcc_victim_bulk_011,
	dcc_victim_bulk_012, dcc_victim_bulk_013, dcc_victim_bulk_014, dcc_victim_bulk_015,
	dcc_victim_bulk_016, dcc_victim_bulk_017, dcc_victim_bulk_018, dcc_victim_bulk_019,
	dcc_victim_bulk_020, dcc_victim_bulk_021, dcc_victim_bulk_022, dcc_victim_bulk_023,
	dcc_victim_bulk_024, dcc_victim_bulk_025, dcc_victim_bulk_026, dcc_victim_bulk_027,
	dcc_victim_bulk_028, dcc_victim_bulk_029, dcc_victim_bulk_030, dcc_victim_bulk_031,
	dcc_victim_bulk_032, dcc_victim_bulk_033, dcc_victim_bulk_034, dcc_victim_bulk_035,
	dcc_victim_bulk_036, dcc_victim_bulk_037, dcc_victim_bulk_038, dcc_victim_bulk_039,
	dcc_victim_bulk_040, dcc_victim_bulk_041, dcc_victim_bulk_042, dcc_victim_bulk_043,
	dcc_victim_bulk_044, dcc_victim_bulk_045, dcc_victim_bulk_046, dcc_victim_bulk_047,
	dcc_victim_bulk_048, dcc_victim_bulk_049, dcc_victim_bulk_050, dcc_victim_bulk_051,
	dcc_victim_bulk_052, dcc_victim_bulk_053, dcc_victim_bulk_054, dcc_victim_bulk_055,
	dcc_victim_bulk_056, dcc_victim_bulk_057, dcc_victim_bulk_058, dcc_victim_bulk_059,
	dcc_victim_bulk_060, dcc_victim_bulk_061, dcc_victim_bulk_062, dcc_victim_bulk_063,
	dcc_victim_bulk_064, dcc_victim_bulk_065, dcc_victim_bulk_066, dcc_victim_bulk_067,
	dcc_victim_bulk_068, dcc_victim_bulk_069, dcc_victim_bulk_070, dcc_victim_bulk_071,
	dcc_victim_bulk_072, dcc_victim_bulk_073, dcc_victim_bulk_074, dcc_victim_bulk_075,
	dcc_victim_bulk_076, dcc_victim_bulk_077, dcc_victim_bulk_078, dcc_victim_bulk_079,
	dcc_victim_bulk_080, dcc_victim_bulk_081, dcc_victim_bulk_082, dcc_victim_bulk_083,
	dcc_victim_bulk_084, dcc_victim_bulk_085, dcc_victim_bulk_086, dcc_victim_bulk_087,
	dcc_victim_bulk_088, dcc_victim_bulk_089, dcc_victim_bulk_090, dcc_victim_bulk_091,
	dcc_victim_bulk_092, dcc_victim_bulk_093, dcc_victim_bulk_094, dcc_victim_bulk_095,
	dcc_victim_bulk_096, dcc_victim_bulk_097, dcc_victim_bulk_098, dcc_victim_bulk_099,
	dcc_victim_bulk_100, dcc_victim_bulk_101, dcc_victim_bulk_102, dcc_victim_bulk_103,
	dcc_victim_bulk_104, dcc_victim_bulk_105, dcc_victim_bulk_106, dcc_victim_bulk_107,
	dcc_victim_bulk_108, dcc_victim_bulk_109, dcc_victim_bulk_110, dcc_victim_bulk_111,
	dcc_victim_bulk_112, dcc_victim_bulk_113, dcc_victim_bulk_114, dcc_victim_bulk_115,
	dcc_victim_bulk_116, dcc_victim_bulk_117, dcc_victim_bulk_118, dcc_victim_bulk_119,
	dcc_victim_bulk_120, dcc_victim_bulk_121, dcc_victim_bulk_122, dcc_victim_bulk_123,
	dcc_victim_bulk_124, dcc_victim_bulk_125, dcc_victim_bulk_126, dcc_victim_bulk_127,
	dcc_victim_bulk_128, dcc_victim_bulk_129, dcc_victim_bulk_130, dcc_victim_bulk_131,
	dcc_victim_bulk_132, dcc_victim_bulk_133, dcc_victim_bulk_134, dcc_victim_bulk_135,
	dcc_victim_bulk_136, dcc_victim_bulk_137, dcc_victim_bulk_138, dcc_victim_bulk_139,
	dcc_victim_bulk_140, dcc_victim_bulk_141, dcc_victim_bulk_142, dcc_victim_bulk_143,
	dcc_victim_bulk_144, dcc_victim_bulk_145, dcc_victim_bulk_146, dcc_victim_bulk_147,
	dcc_victim_bulk_148, dcc_victim_bulk_149, dcc_victim_bulk_150, dcc_victim_bulk_151,
	dcc_victim_bulk_152, dcc_victim_bulk_153, dcc_victim_bulk_154, dcc_victim_bulk_155,
	dcc_victim_bulk_156, dcc_victim_bulk_157, dcc_victim_bulk_158, dcc_victim_bulk_159,
	dcc_victim_bulk_160, dcc_victim_bulk_161, dcc_victim_bulk_162, dcc_victim_bulk_163,
	dcc_victim_bulk_164, dcc_victim_bulk_165, dcc_victim_bulk_166, dcc_victim_bulk_167,
	dcc_victim_bulk_168, dcc_victim_bulk_169, dcc_victim_bulk_170, dcc_victim_bulk_171,
	dcc_victim_bulk_172, dcc_victim_bulk_173, dcc_victim_bulk_174, dcc_victim_bulk_175,
	dcc_victim_bulk_176, dcc_victim_bulk_177, dcc_victim_bulk_178, dcc_victim_bulk_179,
	dcc_victim_bulk_180, dcc_victim_bulk_181, dcc_victim_bulk_182, dcc_victim_bulk_183,
	dcc_victim_bulk_184, dcc_victim_bulk_185, dcc_victim_bulk_186, dcc_victim_bulk_187,
	dcc_victim_bulk_188, dcc_victim_bulk_189, dcc_victim_bulk_190, dcc_victim_bulk_191,
	dcc_victim_bulk_192, dcc_victim_bulk_193, dcc_victim_bulk_194, dcc_victim_bulk_195,
	dcc_victim_bulk_196, dcc_victim_bulk_197, dcc_victim_bulk_198, dcc_victim_bulk_199,
	dcc_victim_bulk_200, dcc_victim_bulk_201, dcc_victim_bulk_202, dcc_victim_bulk_203,
	dcc_victim_bulk_204, dcc_victim_bulk_205, dcc_victim_bulk_206, dcc_victim_bulk_207,
	dcc_victim_bulk_208, dcc_victim_bulk_209, dcc_victim_bulk_210, dcc_victim_bulk_211,
	dcc_victim_bulk_212, dcc_victim_bulk_213, dcc_victim_bulk_214, dcc_victim_bulk_215,
	dcc_victim_bulk_216, dcc_victim_bulk_217, dcc_victim_bulk_218, dcc_victim_bulk_219,
	dcc_victim_bulk_220, dcc_victim_bulk_221, dcc_victim_bulk_222, dcc_victim_bulk_223,
	dcc_victim_bulk_224, dcc_victim_bulk_225, dcc_victim_bulk_226, dcc_victim_bulk_227,
	dcc_victim_bulk_228, dcc_victim_bulk_229, dcc_victim_bulk_230, dcc_victim_bulk_231,
	dcc_victim_bulk_232, dcc_victim_bulk_233, dcc_victim_bulk_234, dcc_victim_bulk_235,
	dcc_victim_bulk_236, dcc_victim_bulk_237, dcc_victim_bulk_238, dcc_victim_bulk_239,
	dcc_victim_bulk_240, dcc_victim_bulk_241, dcc_victim_bulk_242, dcc_victim_bulk_243,
	dcc_victim_bulk_244, dcc_victim_bulk_245, dcc_victim_bulk_246, dcc_victim_bulk_247,
	dcc_victim_bulk_248, dcc_victim_bulk_249, dcc_victim_bulk_250, dcc_victim_bulk_251,
	dcc_victim_bulk_252, dcc_victim_bulk_253, dcc_victim_bulk_254, dcc_victim_bulk_255,
	dcc_victim_bulk_256, dcc_victim_bulk_257, dcc_victim_bulk_258, dcc_victim_bulk_259,
	dcc_victim_bulk_260, dcc_victim_bulk_261, dcc_victim_bulk_262, dcc_victim_bulk_263,
	dcc_victim_bulk_264, dcc_victim_bulk_265, dcc_victim_bulk_266, dcc_victim_bulk_267,
	dcc_victim_bulk_268, dcc_victim_bulk_269, dcc_victim_bulk_270, dcc_victim_bulk_271,
	dcc_victim_bulk_272, dcc_victim_bulk_273, dcc_victim_bulk_274, dcc_victim_bulk_275,
	dcc_victim_bulk_276, dcc_victim_bulk_277, dcc_victim_bulk_278, dcc_victim_bulk_279,
	dcc_victim_bulk_280, dcc_victim_bulk_281, dcc_victim_bulk_282, dcc_victim_bulk_283,
	dcc_victim_bulk_284, dcc_victim_bulk_285, dcc_victim_bulk_286, dcc_victim_bulk_287,
	dcc_victim_bulk_288, dcc_victim_bulk_289, dcc_victim_bulk_290, dcc_victim_bulk_291,
	dcc_victim_bulk_292, dcc_victim_bulk_293, dcc_victim_bulk_294, dcc_victim_bulk_295,
	dcc_victim_bulk_296, dcc_victim_bulk_297, dcc_victim_bulk_298, dcc_victim_bulk_299,
	dcc_victim_bulk_300, dcc_victim_bulk_301, dcc_victim_bulk_302, dcc_victim_bulk_303,
	dcc_victim_bulk_304, dcc_victim_bulk_305, dcc_victim_bulk_306, dcc_victim_bulk_307,
	dcc_victim_bulk_308, dcc_victim_bulk_309, dcc_victim_bulk_310, dcc_victim_bulk_311,
	dcc_victim_bulk_312, dcc_victim_bulk_313, dcc_victim_bulk_314, dcc_victim_bulk_315,
	dcc_victim_bulk_316, dcc_victim_bulk_317, dcc_victim_bulk_318, dcc_victim_bulk_319,
	dcc_victim_bulk_320, dcc_victim_bulk_321, dcc_victim_bulk_322, dcc_victim_bulk_323,
	dcc_victim_bulk_324, dcc_victim_bulk_325, dcc_victim_bulk_326, dcc_victim_bulk_327,
	dcc_victim_bulk_328, dcc_victim_bulk_329, dcc_victim_bulk_330, dcc_victim_bulk_331,
	dcc_victim_bulk_332, dcc_victim_bulk_333, dcc_victim_bulk_334, dcc_victim_bulk_335,
	dcc_victim_bulk_336, dcc_victim_bulk_337, dcc_victim_bulk_338, dcc_victim_bulk_339,
	dcc_victim_bulk_340, dcc_victim_bulk_341, dcc_victim_bulk_342, dcc_victim_bulk_343,
	dcc_victim_bulk_344, dcc_victim_bulk_345, dcc_victim_bulk_346, dcc_victim_bulk_347,
	dcc_victim_bulk_348, dcc_victim_bulk_349, dcc_victim_bulk_350, dcc_victim_bulk_351,
	dcc_victim_bulk_352, dcc_victim_bulk_353, dcc_victim_bulk_354, dcc_victim_bulk_355,
	dcc_victim_bulk_356, dcc_victim_bulk_357, dcc_victim_bulk_358, dcc_victim_bulk_359,
	dcc_victim_bulk_360, dcc_victim_bulk_361, dcc_victim_bulk_362, dcc_victim_bulk_363,
	dcc_victim_bulk_364, dcc_victim_bulk_365, dcc_victim_bulk_366, dcc_victim_bulk_367,
	dcc_victim_bulk_368, dcc_victim_bulk_369, dcc_victim_bulk_370, dcc_victim_bulk_371,
	dcc_victim_bulk_372, dcc_victim_bulk_373, dcc_victim_bulk_374, dcc_victim_bulk_375,
	dcc_victim_bulk_376, dcc_victim_bulk_377, dcc_victim_bulk_378, dcc_victim_bulk_379,
	dcc_victim_bulk_380, dcc_victim_bulk_381, dcc_victim_bulk_382, dcc_victim_bulk_383,
	dcc_victim_bulk_384, dcc_victim_bulk_385, dcc_victim_bulk_386, dcc_victim_bulk_387,
	dcc_victim_bulk_388, dcc_victim_bulk_389, dcc_victim_bulk_390, dcc_victim_bulk_391,
	dcc_victim_bulk_392, dcc_victim_bulk_393, dcc_victim_bulk_394, dcc_victim_bulk_395,
	dcc_victim_bulk_396, dcc_victim_bulk_397, dcc_victim_bulk_398, dcc_victim_bulk_399,
	dcc_victim_bulk_400, dcc_victim_bulk_401, dcc_victim_bulk_402, dcc_victim_bulk_403,
	dcc_victim_bulk_404, dcc_victim_bulk_405, dcc_victim_bulk_406, dcc_victim_bulk_407,
	dcc_victim_bulk_408, dcc_victim_bulk_409, dcc_victim_bulk_410, dcc_victim_bulk_411,
	dcc_victim_bulk_412, dcc_victim_bulk_413, dcc_victim_bulk_414, dcc_victim_bulk_415,
	dcc_victim_bulk_416, dcc_victim_bulk_417, dcc_victim_bulk_418, dcc_victim_bulk_419,
	dcc_victim_bulk_420, dcc_victim_bulk_421, dcc_victim_bulk_422, dcc_victim_bulk_423,
	dcc_victim_bulk_424, dcc_victim_bulk_425, dcc_victim_bulk_426, dcc_victim_bulk_427,
	dcc_victim_bulk_428, dcc_victim_bulk_429, dcc_victim_bulk_430, dcc_victim_bulk_431,
	dcc_victim_bulk_432, dcc_victim_bulk_433, dcc_victim_bulk_434, dcc_victim_bulk_435,
	dcc_victim_bulk_436, dcc_victim_bulk_437, dcc_victim_bulk_438, dcc_victim_bulk_439,
	dcc_victim_bulk_440, dcc_victim_bulk_441, dcc_victim_bulk_442, dcc_victim_bulk_443,
	dcc_victim_bulk_444, dcc_victim_bulk_445, dcc_victim_bulk_446, dcc_victim_bulk_447,
	dcc_victim_bulk_448, dcc_victim_bulk_449, dcc_victim_bulk_450, dcc_victim_bulk_451,
	dcc_victim_bulk_452, dcc_victim_bulk_453, dcc_victim_bulk_454, dcc_victim_bulk_455,
	dcc_victim_bulk_456, dcc_victim_bulk_457, dcc_victim_bulk_458, dcc_victim_bulk_459,
	dcc_victim_bulk_460, dcc_victim_bulk_461, dcc_victim_bulk_462, dcc_victim_bulk_463,
	dcc_victim_bulk_464, dcc_victim_bulk_465, dcc_victim_bulk_466, dcc_victim_bulk_467,
	dcc_victim_bulk_468, dcc_victim_bulk_469, dcc_victim_bulk_470, dcc_victim_bulk_471,
	dcc_victim_bulk_472, dcc_victim_bulk_473, dcc_victim_bulk_474, dcc_victim_bulk_475,
	dcc_victim_bulk_476, dcc_victim_bulk_477, dcc_victim_bulk_478, dcc_victim_bulk_479,
	dcc_victim_bulk_480, dcc_victim_bulk_481, dcc_victim_bulk_482, dcc_victim_bulk_483,
	dcc_victim_bulk_484, dcc_victim_bulk_485, dcc_victim_bulk_486, dcc_victim_bulk_487,
	dcc_victim_bulk_488, dcc_victim_bulk_489, dcc_victim_bulk_490, dcc_victim_bulk_491,
	dcc_victim_bulk_492, dcc_victim_bulk_493, dcc_victim_bulk_494, dcc_victim_bulk_495,
	dcc_victim_bulk_496, dcc_victim_bulk_497, dcc_victim_bulk_498, dcc_victim_bulk_499,
	dcc_victim_bulk_500, dcc_victim_bulk_501, dcc_victim_bulk_502, dcc_victim_bulk_503,
	dcc_victim_bulk_504, dcc_victim_bulk_505, dcc_victim_bulk_506, dcc_victim_bulk_507,
	dcc_victim_bulk_508, dcc_victim_bulk_509, dcc_victim_bulk_510, dcc_victim_bulk_511,
	dcc_victim_bulk_512, dcc_victim_bulk_513, dcc_victim_bulk_514, dcc_victim_bulk_515,
	dcc_victim_bulk_516, dcc_victim_bulk_517, dcc_victim_bulk_518, dcc_victim_bulk_519,
	dcc_victim_bulk_520, dcc_victim_bulk_521, dcc_victim_bulk_522, dcc_victim_bulk_523,
	dcc_victim_bulk_524, dcc_victim_bulk_525, dcc_victim_bulk_526, dcc_victim_bulk_527,
	dcc_victim_bulk_528, dcc_victim_bulk_529, dcc_victim_bulk_530, dcc_victim_bulk_531,
	dcc_victim_bulk_532, dcc_victim_bulk_533, dcc_victim_bulk_534, dcc_victim_bulk_535,
	dcc_victim_bulk_536, dcc_victim_bulk_537, dcc_victim_bulk_538, dcc_victim_bulk_539,
	dcc_victim_bulk_540, dcc_victim_bulk_541, dcc_victim_bulk_542, dcc_victim_bulk_543,
	dcc_victim_bulk_544, dcc_victim_bulk_545, dcc_victim_bulk_546, dcc_victim_bulk_547,
	dcc_victim_bulk_548, dcc_victim_bulk_549, dcc_victim_bulk_550, dcc_victim_bulk_551,
	dcc_victim_bulk_552, dcc_victim_bulk_553, dcc_victim_bulk_554, dcc_victim_bulk_555,
	dcc_victim_bulk_556, dcc_victim_bulk_557, dcc_victim_bulk_558, dcc_victim_bulk_559,
	dcc_victim_bulk_560, dcc_victim_bulk_561, dcc_victim_bulk_562, dcc_victim_bulk_563,
	dcc_victim_bulk_564, dcc_victim_bulk_565, dcc_victim_bulk_566, dcc_victim_bulk_567,
	dcc_victim_bulk_568, dcc_victim_bulk_569, dcc_victim_bulk_570, dcc_victim_bulk_571,
	dcc_victim_bulk_572, dcc_victim_bulk_573, dcc_victim_bulk_574, dcc_victim_bulk_575,
	dcc_victim_bulk_576, dcc_victim_bulk_577, dcc_victim_bulk_578, dcc_victim_bulk_579,
	dcc_victim_bulk_580, dcc_victim_bulk_581, dcc_victim_bulk_582, dcc_victim_bulk_583,
	dcc_victim_bulk_584, dcc_victim_bulk_585, dcc_victim_bulk_586, dcc_victim_bulk_587,
	dcc_victim_bulk_588, dcc_victim_bulk_589, dcc_victim_bulk_590, dcc_victim_bulk_591,
	dcc_victim_bulk_592, dcc_victim_bulk_593, dcc_victim_bulk_594, dcc_victim_bulk_595,
	dcc_victim_bulk_596, dcc_victim_bulk_597, dcc_victim_bulk_598, dcc_victim_bulk_599,
	dcc_victim_bulk_600, dcc_victim_bulk_601, dcc_victim_bulk_602, dcc_victim_bulk_603,
	dcc_victim_bulk_604, dcc_victim_bulk_605, dcc_victim_bulk_606, dcc_victim_bulk_607,
	dcc_victim_bulk_608, dcc_victim_bulk_609, dcc_victim_bulk_610, dcc_victim_bulk_611,
	dcc_victim_bulk_612, dcc_victim_bulk_613, dcc_victim_bulk_614, dcc_victim_bulk_615,
	dcc_victim_bulk_616, dcc_victim_bulk_617, dcc_victim_bulk_618, dcc_victim_bulk_619,
	dcc_victim_bulk_620, dcc_victim_bulk_621, dcc_victim_bulk_622, dcc_victim_bulk_623,
	dcc_victim_bulk_624, dcc_victim_bulk_625, dcc_victim_bulk_626, dcc_victim_bulk_627,
	dcc_victim_bulk_628, dcc_victim_bulk_629, dcc_victim_bulk_630, dcc_victim_bulk_631,
	dcc_victim_bulk_632, dcc_victim_bulk_633, dcc_victim_bulk_634, dcc_victim_bulk_635,
	dcc_victim_bulk_636, dcc_victim_bulk_637, dcc_victim_bulk_638, dcc_victim_bulk_639,
	dcc_victim_bulk_640, dcc_victim_bulk_641, dcc_victim_bulk_642, dcc_victim_bulk_643,
	dcc_victim_bulk_644, dcc_victim_bulk_645, dcc_victim_bulk_646, dcc_victim_bulk_647,
	dcc_victim_bulk_648, dcc_victim_bulk_649, dcc_victim_bulk_650, dcc_victim_bulk_651,
	dcc_victim_bulk_652, dcc_victim_bulk_653, dcc_victim_bulk_654, dcc_victim_bulk_655,
	dcc_victim_bulk_656, dcc_victim_bulk_657, dcc_victim_bulk_658, dcc_victim_bulk_659,
	dcc_victim_bulk_660, dcc_victim_bulk_661, dcc_victim_bulk_662, dcc_victim_bulk_663,
	dcc_victim_bulk_664, dcc_victim_bulk_665, dcc_victim_bulk_666, dcc_victim_bulk_667,
	dcc_victim_bulk_668, dcc_victim_bulk_669, dcc_victim_bulk_670, dcc_victim_bulk_671,
	dcc_victim_bulk_672, dcc_victim_bulk_673, dcc_victim_bulk_674, dcc_victim_bulk_675,
	dcc_victim_bulk_676, dcc_victim_bulk_677, dcc_victim_bulk_678, dcc_victim_bulk_679,
	dcc_victim_bulk_680, dcc_victim_bulk_681, dcc_victim_bulk_682, dcc_victim_bulk_683,
	dcc_victim_bulk_684, dcc_victim_bulk_685, dcc_victim_bulk_686, dcc_victim_bulk_687,
	dcc_victim_bulk_688, dcc_victim_bulk_689, dcc_victim_bulk_690, dcc_victim_bulk_691,
	dcc_victim_bulk_692, dcc_victim_bulk_693, dcc_victim_bulk_694, dcc_victim_bulk_695,
	dcc_victim_bulk_696, dcc_victim_bulk_697, dcc_victim_bulk_698, dcc_victim_bulk_699,
	dcc_victim_bulk_700, dcc_victim_bulk_701, dcc_victim_bulk_702, dcc_victim_bulk_703,
	dcc_victim_bulk_704, dcc_victim_bulk_705, dcc_victim_bulk_706, dcc_victim_bulk_707,
	dcc_victim_bulk_708, dcc_victim_bulk_709, dcc_victim_bulk_710, dcc_victim_bulk_711,
	dcc_victim_bulk_712, dcc_victim_bulk_713, dcc_victim_bulk_714, dcc_victim_bulk_715,
	dcc_victim_bulk_716, dcc_victim_bulk_717, dcc_victim_bulk_718, dcc_victim_bulk_719,
	dcc_victim_bulk_720, dcc_victim_bulk_721, dcc_victim_bulk_722, dcc_victim_bulk_723,
	dcc_victim_bulk_724, dcc_victim_bulk_725, dcc_victim_bulk_726, dcc_victim_bulk_727,
	dcc_victim_bulk_728, dcc_victim_bulk_729, dcc_victim_bulk_730, dcc_victim_bulk_731,
	dcc_victim_bulk_732, dcc_victim_bulk_733, dcc_victim_bulk_734, dcc_victim_bulk_735,
	dcc_victim_bulk_736, dcc_victim_bulk_737, dcc_victim_bulk_738, dcc_victim_bulk_739,
	dcc_victim_bulk_740, dcc_victim_bulk_741, dcc_victim_bulk_742, dcc_victim_bulk_743,
	dcc_victim_bulk_744, dcc_victim_bulk_745, dcc_victim_bulk_746, dcc_victim_bulk_747,
	dcc_victim_bulk_748, dcc_victim_bulk_749, dcc_victim_bulk_750, dcc_victim_bulk_751,
	dcc_victim_bulk_752, dcc_victim_bulk_753, dcc_victim_bulk_754, dcc_victim_bulk_755,
	dcc_victim_bulk_756, dcc_victim_bulk_757, dcc_victim_bulk_758, dcc_victim_bulk_759,
	dcc_victim_bulk_760, dcc_victim_bulk_761, dcc_victim_bulk_762, dcc_victim_bulk_763,
	dcc_victim_bulk_764, dcc_victim_bulk_765, dcc_victim_bulk_766, dcc_victim_bulk_767,
	dcc_victim_bulk_768, dcc_victim_bulk_769, dcc_victim_bulk_770, dcc_victim_bulk_771,
	dcc_victim_bulk_772, dcc_victim_bulk_773, dcc_victim_bulk_774, dcc_victim_bulk_775,
	dcc_victim_bulk_776, dcc_victim_bulk_777, dcc_victim_bulk_778, dcc_victim_bulk_779,
	dcc_victim_bulk_780, dcc_victim_bulk_781, dcc_victim_bulk_782, dcc_victim_bulk_783,
	dcc_victim_bulk_784, dcc_victim_bulk_785, dcc_victim_bulk_786, dcc_victim_bulk_787,
	dcc_victim_bulk_788, dcc_victim_bulk_789, dcc_victim_bulk_790, dcc_victim_bulk_791,
	dcc_victim_bulk_792, dcc_victim_bulk_793, dcc_victim_bulk_794, dcc_victim_bulk_795,
	dcc_victim_bulk_796, dcc_victim_bulk_797, dcc_victim_bulk_798, dcc_victim_bulk_799,
	dcc_victim_bulk_800, dcc_victim_bulk_801, dcc_victim_bulk_802, dcc_victim_bulk_803,
	dcc_victim_bulk_804, dcc_victim_bulk_805, dcc_victim_bulk_806, dcc_victim_bulk_807,
	dcc_victim_bulk_808, dcc_victim_bulk_809, dcc_victim_bulk_810, dcc_victim_bulk_811,
	dcc_victim_bulk_812, dcc_victim_bulk_813, dcc_victim_bulk_814, dcc_victim_bulk_815,
	dcc_victim_bulk_816, dcc_victim_bulk_817, dcc_victim_bulk_818, dcc_victim_bulk_819,
	dcc_victim_bulk_820, dcc_victim_bulk_821, dcc_victim_bulk_822, dcc_victim_bulk_823,
	dcc_victim_bulk_824, dcc_victim_bulk_825, dcc_victim_bulk_826, dcc_victim_bulk_827,
	dcc_victim_bulk_828, dcc_victim_bulk_829, dcc_victim_bulk_830, dcc_victim_bulk_831,
	dcc_victim_bulk_832, dcc_victim_bulk_833, dcc_victim_bulk_834, dcc_victim_bulk_835,
	dcc_victim_bulk_836, dcc_victim_bulk_837, dcc_victim_bulk_838, dcc_victim_bulk_839,
	dcc_victim_bulk_840, dcc_victim_bulk_841, dcc_victim_bulk_842, dcc_victim_bulk_843,
	dcc_victim_bulk_844, dcc_victim_bulk_845, dcc_victim_bulk_846, dcc_victim_bulk_847,
	dcc_victim_bulk_848, dcc_victim_bulk_849, dcc_victim_bulk_850, dcc_victim_bulk_851,
	dcc_victim_bulk_852, dcc_victim_bulk_853, dcc_victim_bulk_854, dcc_victim_bulk_855,
	dcc_victim_bulk_856, dcc_victim_bulk_857, dcc_victim_bulk_858, dcc_victim_bulk_859,
	dcc_victim_bulk_860, dcc_victim_bulk_861, dcc_victim_bulk_862, dcc_victim_bulk_863,
	dcc_victim_bulk_864, dcc_victim_bulk_865, dcc_victim_bulk_866, dcc_victim_bulk_867,
	dcc_victim_bulk_868, dcc_victim_bulk_869, dcc_victim_bulk_870, dcc_victim_bulk_871,
	dcc_victim_bulk_872, dcc_victim_bulk_873, dcc_victim_bulk_874, dcc_victim_bulk_875,
	dcc_victim_bulk_876, dcc_victim_bulk_877, dcc_victim_bulk_878, dcc_victim_bulk_879,
	dcc_victim_bulk_880, dcc_victim_bulk_881, dcc_victim_bulk_882, dcc_victim_bulk_883,
	dcc_victim_bulk_884, dcc_victim_bulk_885, dcc_victim_bulk_886, dcc_victim_bulk_887,
	dcc_victim_bulk_888, dcc_victim_bulk_889, dcc_victim_bulk_890, dcc_victim_bulk_891,
	dcc_victim_bulk_892, dcc_victim_bulk_893, dcc_victim_bulk_894, dcc_victim_bulk_895,
	dcc_victim_bulk_896, dcc_victim_bulk_897, dcc_victim_bulk_898, dcc_victim_bulk_899,
	dcc_victim_bulk_900, dcc_victim_bulk_901, dcc_victim_bulk_902, dcc_victim_bulk_903,
	dcc_victim_bulk_904, dcc_victim_bulk_905, dcc_victim_bulk_906, dcc_victim_bulk_907,
	dcc_victim_bulk_908, dcc_victim_bulk_909, dcc_victim_bulk_910, dcc_victim_bulk_911,
	dcc_victim_bulk_912, dcc_victim_bulk_913, dcc_victim_bulk_914, dcc_victim_bulk_915,
	dcc_victim_bulk_916, dcc_victim_bulk_917, dcc_victim_bulk_918, dcc_victim_bulk_919,
	dcc_victim_bulk_920, dcc_victim_bulk_921, dcc_victim_bulk_922, dcc_victim_bulk_923,
	dcc_victim_bulk_924, dcc_victim_bulk_925, dcc_victim_bulk_926, dcc_victim_bulk_927,
	dcc_victim_bulk_928, dcc_victim_bulk_929, dcc_victim_bulk_930, dcc_victim_bulk_931,
	dcc_victim_bulk_932, dcc_victim_bulk_933, dcc_victim_bulk_934, dcc_victim_bulk_935,
	dcc_victim_bulk_936, dcc_victim_bulk_937, dcc_victim_bulk_938, dcc_victim_bulk_939,
	dcc_victim_bulk_940, dcc_victim_bulk_941, dcc_victim_bulk_942, dcc_victim_bulk_943,
	dcc_victim_bulk_944, dcc_victim_bulk_945, dcc_victim_bulk_946, dcc_victim_bulk_947,
	dcc_victim_bulk_948, dcc_victim_bulk_949, dcc_victim_bulk_950, dcc_victim_bulk_951,
	dcc_victim_bulk_952, dcc_victim_bulk_953, dcc_victim_bulk_954, dcc_victim_bulk_955,
	dcc_victim_bulk_956, dcc_victim_bulk_957, dcc_victim_bulk_958, dcc_victim_bulk_959,
	dcc_victim_bulk_960, dcc_victim_bulk_961, dcc_victim_bulk_962, dcc_victim_bulk_963,
	dcc_victim_bulk_964, dcc_victim_bulk_965, dcc_victim_bulk_966, dcc_victim_bulk_967,
	dcc_victim_bulk_968, dcc_victim_bulk_969, dcc_victim_bulk_970, dcc_victim_bulk_971,
	dcc_victim_bulk_972, dcc_victim_bulk_973, dcc_victim_bulk_974, dcc_victim_bulk_975,
	dcc_victim_bulk_976, dcc_victim_bulk_977, dcc_victim_bulk_978, dcc_victim_bulk_979,
	dcc_victim_bulk_980, dcc_victim_bulk_981, dcc_victim_bulk_982, dcc_victim_bulk_983,
	dcc_victim_bulk_984, dcc_victim_bulk_985, dcc_victim_bulk_986, dcc_victim_bulk_987,
	dcc_victim_bulk_988, dcc_victim_bulk_989, dcc_victim_bulk_990, dcc_victim_bulk_991,
	dcc_victim_bulk_992, dcc_victim_bulk_993, dcc_victim_bulk_994, dcc_victim_bulk_995,
	dcc_victim_bulk_996, dcc_victim_bulk_997, dcc_victim_bulk_998, dcc_victim_bulk_999,
};
EXPORT_SYMBOL_GPL(dcc_victim_bulk);

MODULE_DESCRIPTION("ftrace direct-call conformance: traced victim functions");
MODULE_LICENSE("GPL");
