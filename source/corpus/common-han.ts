/**
The most frequent Chinese characters, for telling which legacy encoding a file is in: real text in
the right encoding is full of them, the wrong decoding yields rare characters instead.
*/

// About 150 of the most frequent characters in news text, Simplified, then the Traditional forms of
// those that differ: a GB18030 file scores on the first, a Big5 file on both.
const simplified = '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧港香警';
const traditional = '這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣開從實軍無與長機兩間問頭戰體見產現話回內給門兒東聲員氣題爾別變數電報結場計資區隊書聽邊張規萬覺領確傳觀院讓識導爭運飛風聯組濟車親辦議證轉準單羅愛擊備連調團價黨華級離況亞請際約復線滿視節須寫稱個雖與並應處認條係總義專';

const common = new Set([...simplified, ...traditional]);

/** How many of `text`'s characters are among the most frequent Chinese characters. */
export function commonHanScore(text: string): number {
	let score = 0;
	for (const character of text) {
		if (common.has(character)) {
			score++;
		}
	}

	return score;
}
