/**
 * Traps: text where a careless matcher or dataset highlights the wrong thing. Each sentence lists
 * what must NOT be highlighted in it (`never`: any mention whose text is this) and, where the sentence
 * also holds a true mention, what must be (`expect`).
 */
export interface Trap {
  text: string;
  never: string[];
  expect?: Array<[string, string]>;
}

/** Synthetic sentences, one trap each, written for the ambiguities of this field. */
export const SENTENCE_TRAPS: readonly Trap[] = [
  {
    text: 'He told CNBC the talks went well. He Lifeng agreed.',
    never: ['He', 'He told'],
    expect: [['He Lifeng', 'he-lifeng']],
  },
  {
    text: 'Xinhua reported that officials in Xi’an and Xiamen met.',
    never: ['Xi', 'Xi’an'],
    expect: [['Xinhua', 'xinhua']],
  },
  {
    text: 'Premier Li Qiang met Li Keqiang’s successor; Li said growth held.',
    never: ['Li', 'Li Keqiang'],
    expect: [['Li Qiang', 'li-qiang']],
  },
  { text: 'Jim Pollard worked for papers in Sydney, Perth, London and Melbourne.', never: ['London'] },
  { text: 'He visited London and Geneva last summer for a wedding.', never: ['London', 'Geneva'] },
  {
    text: 'She ate potato chips and played blue-chip stocks as a bargaining chip.',
    never: ['chips', 'chip', 'blue-chip'],
  },
  { text: 'The chamber of commerce praised commerce in the town.', never: ['commerce', 'Commerce'] },
  {
    text: 'Gerald Ford pardoned Nixon; Harrison Ford starred in the film.',
    never: ['Ford', 'Gerald Ford', 'Harrison Ford'],
  },
  { text: 'Users Ring_Apple and soy_un_sombrero posted comments.', never: ['Apple', 'soy'] },
  { text: 'The DJI Opco index, a subsidiary of S&P Dow Jones Indices, rose.', never: ['DJI'] },
  { text: 'He said the Treasury of the club was empty and the state was broke.', never: ['Treasury', 'state'] },
  { text: 'Greer is a town in South Carolina; Lutnick is a rare surname.', never: ['Greer', 'Lutnick'] },
  {
    text: 'Congress leader Jairam Ramesh said the Congress on Saturday asked Modi to put the India-US trade deal on hold.',
    never: ['Congress'],
  },
  { text: 'The Library of Congress keeps old tariff schedules.', never: ['Congress'] },
  {
    text: "Britain's Supreme Court, India's Supreme Court and the UK Supreme Court all ruled on trade cases.",
    never: ['Supreme Court'],
  },
  { text: 'A former Supreme Court justice joined opposition lawmakers in Seoul.', never: ['Supreme Court'] },
  {
    text: "The Supreme Court ruled 6-3 against the tariffs, and Trump's global tariffs fell, the American Supreme Court said.",
    never: ['global tariffs'],
    expect: [
      ['Supreme Court', 'us-supreme-court'],
      ['American Supreme Court', 'us-supreme-court'],
    ],
  },
  { text: 'Delhi High Court heard a dispute over customs duties and tariffs.', never: ['High Court'] },
  {
    text: "The UK's Carbon Border Adjustment Mechanism, or UK CBAM, starts in 2027, a year after the EU CBAM.",
    never: ['Carbon Border Adjustment Mechanism', 'CBAM'],
    expect: [
      ["UK's Carbon Border Adjustment Mechanism", 'uk-cbam'],
      ['UK CBAM', 'uk-cbam'],
      ['EU CBAM', 'cbam'],
    ],
  },
  {
    text: 'Trump announced a 90-day pause on reciprocal tariffs for all countries except China, raising Beijing to 125%.',
    never: ['90-day pause'],
    expect: [['90-day pause on reciprocal tariffs', 'reciprocal-tariff-pause-april-2025']],
  },
  {
    text: 'Canada imposed retaliatory tariffs on U.S. goods in March.',
    never: ['retaliatory tariffs on U.S. goods', 'tariffs on U.S. goods'],
  },
  {
    text: "Canada's tariffs on U.S. goods stayed while China watched.",
    never: ['tariffs on U.S. goods'],
  },
  {
    text: 'The Dutch appeals court in Amsterdam ruled on Nexperia, citing the duties of its directors.',
    never: ['appeals court'],
  },
  { text: 'The EU-US trade truce held while Beijing watched.', never: ['trade truce'] },
  { text: 'Britain and the US reached a framework agreement in London on steel.', never: ['framework agreement'] },
  { text: 'South Korea marks Liberation Day on August 15 with a speech by its president.', never: ['Liberation Day'] },
  { text: 'Mark Steel wrote a column as British Steel and Tata Steel cut jobs.', never: ['Steel'] },
  {
    text: 'William Bain of the British Chambers of Commerce said U.S. exports and E-Commerce sales fell.',
    never: ['Commerce'],
  },
  {
    text: 'The New Zealand Parliament consists of the Governor-General and the House of Representatives.',
    never: ['House of Representatives'],
  },
  {
    text: "BIS's affiliates rule follows OFAC, which has long applied a similar 50% rule to sanctions.",
    never: ['50% rule'],
    expect: [
      ['affiliates rule', 'bis-affiliates-rule'],
      ['OFAC', 'ofac'],
    ],
  },
  {
    text: 'US Secretary of the Treasury Scott Bessent said the talks went well.',
    never: ['Treasury'],
    expect: [['Scott Bessent', 'scott-bessent']],
  },
  { text: 'CIT Group, the lender, said importers borrowed more.', never: ['CIT'] },
  {
    text: 'The Ninth Circuit appeals court and a Hong Kong appeals court both heard cases about tariffs.',
    never: ['appeals court'],
  },
  {
    text: 'The commerce ministry in New Delhi said exports of engineering goods to the US rose, Piyush Goyal said.',
    never: ['commerce ministry'],
    expect: [['Piyush Goyal', 'piyush-goyal']],
  },
  { text: "Spain's grid operator Red Electrica (REE) said power supply was restored.", never: ['REE'] },
  { text: "Malaysia's aviation regulator CAAM grounded the plane after the incident.", never: ['CAAM'] },
  {
    text: 'OTTAWA (Reuters) - Canada said on Friday it would review its tariffs on Chinese electric vehicles.',
    never: ['OTTAWA'],
  },
  {
    text: 'Trump threatened triple-digit tariffs on foreign films and drugs, US officials said.',
    never: ['triple-digit tariffs'],
  },
  {
    text: 'US and Ukrainian officials held Geneva talks on a peace plan, and the US welcomed London talks on Ukraine.',
    never: ['Geneva talks', 'London talks'],
  },
  {
    text: 'The Commerce Department added 23 Chinese firms to its trade blacklist on Friday.',
    never: [],
    expect: [['trade blacklist', 'entity-list']],
  },
  {
    text: "China's commerce ministry added 12 US defence firms to its trade blacklist.",
    never: ['trade blacklist'],
  },
  {
    text: 'Its market share fell to zero after Beijing discouraged purchases of the H20.',
    never: [],
    expect: [['H20', 'nvidia-h20']],
  },
  { text: 'The H20 motorway was closed after the storm.', never: ['H20'] },
  {
    text: 'Washington will suspend its Section 301 port fees on Chinese-built and operated vessels for a year.',
    never: [],
    expect: [['Section 301 port fees', 'us-port-fees-china-ships']],
  },
  { text: 'An MP asked whether the Vulcan bomber could fly again.', never: ['MP', 'Vulcan'] },
  {
    text: 'MP Materials said output at Mountain Pass rose; MP also expanded its magnet plant.',
    never: [],
    expect: [
      ['Mountain Pass', 'mp-materials'],
      ['MP', 'mp-materials'],
    ],
  },
  {
    text: 'Claudia Sheinbaum said Mexico would not copy the tariffs; Shein and Temu raised prices.',
    never: [],
    expect: [
      ['Claudia Sheinbaum', 'claudia-sheinbaum'],
      ['Shein', 'shein'],
      ['Temu', 'temu'],
    ],
  },
  {
    text: 'HD Hyundai and Hyundai Heavy Industries build ships for the MASGA plan.',
    never: ['Hyundai'],
    expect: [['MASGA', 'us-korea-trade-agreement-2025']],
  },
  { text: 'Section 122 of the Trade Act of 1974 allows a 15% surcharge for 150 days.', never: ['Trade Act of 1974'] },
  {
    text: 'Section 301 of the Trade Act of 1974 lets the USTR act; the Section 301 tariffs on China stay.',
    never: [],
    expect: [
      ['Section 301 of the Trade Act of 1974', 'section-301'],
      ['Section 301 tariffs', 'section-301-tariffs'],
    ],
  },
  { text: 'Investment Banks and Central Banks worried about the Outer Banks storm.', never: ['Banks'] },
  {
    text: 'Senator Jim Banks said the GAIN AI Act would put US buyers first; Banks, an Indiana Republican, wants chips kept home.',
    never: [],
    expect: [
      ['GAIN AI Act', 'gain-ai-act'],
      ['Banks', 'jim-banks'],
    ],
  },
  { text: "China's Export-Import Bank lent to a project in Rio de Janeiro.", never: ['Export-Import Bank', 'Rio'] },
  {
    text: 'The Export-Import Bank of the United States (EXIM) sent a letter of interest; EXIM said more would follow.',
    never: [],
    expect: [['EXIM', 'export-import-bank']],
  },
  { text: 'The Ontario Securities Commission (OSC) fined the firm.', never: ['OSC'] },
  { text: 'Companies hope to gain AI skills.', never: ['gain AI'] },
  { text: 'Lula was a nickname at school.', never: ['Lula'] },
  { text: 'Senators introduced the SAFE Chips Act.', never: ['Chips Act'] },
  {
    text: 'The CBP guidance names the BIS Affiliate Rule, which the EAR now holds.',
    never: ['BIS'],
    expect: [['BIS Affiliate Rule', 'bis-affiliates-rule']],
  },
  {
    text: 'Sundar Pichai said Google would expand; Eaton Corp shares rose on the benchmark index.',
    never: ['Pichai', 'Eaton', 'benchmark'],
  },
  { text: 'Hikers crossed Thacker Pass before LG Electronics opened its store.', never: ['Thacker Pass', 'LG'] },
  { text: 'Students at Airlangga University met Gill Sans fans.', never: ['Airlangga', 'Gill'] },
  {
    text: 'Benchmark Mineral Intelligence said lithium prices fell; Benchmark expects a lithium surplus.',
    never: [],
    expect: [['Benchmark', 'benchmark-mineral-intelligence']],
  },
  {
    text: 'Judge Richard Eaton ordered refunds of IEEPA duties; Eaton said Customs must pay interest.',
    never: [],
    expect: [['Eaton', 'richard-eaton']],
  },
  {
    text: 'The SAFE Chips Act would bar H200 sales, unlike the CHIPS Act of 2022.',
    never: [],
    expect: [
      ['SAFE Chips Act', 'safe-chips-act'],
      ['CHIPS Act', 'chips-and-science-act'],
    ],
  },
  {
    text: 'The Pentagon added CATL and Tencent to its 1260H list.',
    never: [],
    expect: [
      ['CATL', 'catl'],
      ['1260H list', 'section-1260h-list'],
    ],
  },
  {
    text: "The restaurant's seafood came from Canada; China halted Japanese seafood imports after Takaichi's remarks.",
    never: ['seafood'],
    expect: [['Japanese seafood', 'seafood']],
  },
  {
    text: 'The Paris talks on climate finance ran late, and the Paris meeting of OECD ministers followed.',
    never: ['Paris talks', 'Paris meeting'],
  },
  {
    text: 'Scott Bessent and He Lifeng wrapped up the Paris talks on Monday.',
    never: [],
    expect: [
      ['Paris talks', 'paris-talks-2026'],
      ['He Lifeng', 'he-lifeng'],
    ],
  },
  { text: 'The auditors began a joint review of the hospital accounts.', never: ['joint review'] },
  {
    text: 'Canada and Mexico prepared for the USMCA joint review; the joint review ended without renewal.',
    never: [],
    expect: [['USMCA joint review', 'usmca-joint-review-2026']],
  },
  { text: 'Carmakers showed new models at the IAA motor show in Munich.', never: ['IAA'] },
  {
    text: 'The Industrial Accelerator Act sets Made in Europe rules; China says the IAA discriminates against EU investors.',
    never: [],
    expect: [
      ['Industrial Accelerator Act', 'eu-industrial-accelerator-act'],
      ['IAA', 'eu-industrial-accelerator-act'],
    ],
  },
  {
    text: 'The Strategic Petroleum Reserve released oil, and a Strategic Reserve of grain was tapped.',
    never: ['Strategic Reserve'],
  },
  {
    text: "Australia's Critical Minerals Strategic Reserve will buy gallium; the Strategic Reserve starts with rare earths.",
    never: [],
    expect: [
      ['Critical Minerals Strategic Reserve', 'australia-critical-minerals-strategic-reserve'],
      ['Strategic Reserve', 'australia-critical-minerals-strategic-reserve'],
    ],
  },
  { text: 'Helberg is a common surname in Sweden.', never: ['Helberg'] },
  {
    text: 'Jacob Helberg signed the Pax Silica Declaration; Helberg said more partners would join.',
    never: [],
    expect: [
      ['Jacob Helberg', 'jacob-helberg'],
      ['Pax Silica Declaration', 'pax-silica'],
      ['Helberg', 'jacob-helberg'],
    ],
  },
  {
    text: 'Britain and the Gulf states signed an interim trade agreement on Tuesday.',
    never: ['interim trade agreement'],
  },
  { text: 'The BIS guidance on Huawei Ascend chips warned users worldwide.', never: ['BIS guidance'] },
  {
    text: 'BIS guidance on the affiliates rule says subsidiaries owned 50% by listed firms are covered.',
    never: ['BIS guidance'],
  },
  { text: 'A tax subsidiary loophole let firms shift profits offshore.', never: ['subsidiary loophole'] },
  {
    text: 'New BIS guidance says chips sold to firms headquartered in China need a licence wherever they are.',
    never: [],
    expect: [['BIS guidance', 'bis-china-headquartered-chip-guidance-2026']],
  },
  {
    text: 'CBP opened a forced labor investigation into a Malaysian glove maker.',
    never: ['forced labor investigation'],
  },
  {
    text: 'USTR opened a Section 301 forced labor investigation into 60 economies.',
    never: [],
    expect: [['forced labor investigation', 'section-301-forced-labor-investigations-2026']],
  },
  {
    text: 'Beijing paused its October export controls on rare earths; the April export controls on rare earths stayed.',
    never: [],
    expect: [
      ['October export controls on rare earths', 'china-rare-earth-export-controls-october-2025'],
      ['April export controls on rare earths', 'china-rare-earth-export-controls-april-2025'],
    ],
  },
  {
    text: 'Its July export controls on rare earths and the June rare earth export controls were rumours.',
    never: ['export controls on rare earths', 'rare earth export controls'],
  },
  {
    text: 'New export controls on rare earths came after the April rare earth export controls.',
    never: [],
    expect: [['rare earth export controls', 'china-rare-earth-export-controls-april-2025']],
  },
  {
    text: 'Beijing suspended its newest rare earth export controls and its recently expanded export curbs on rare earths.',
    never: [],
    expect: [
      ['newest rare earth export controls', 'china-rare-earth-export-controls-october-2025'],
      ['recently expanded export curbs on rare earths', 'china-rare-earth-export-controls-october-2025'],
    ],
  },
  {
    text: 'China will suspend new export restrictions on rare earths and new curbs on rare earth exports.',
    never: ['export restrictions on rare earths', 'curbs on rare earth exports'],
  },
  {
    text: 'Announcement No. 62 brings export controls on rare earth-related technologies.',
    never: [],
    expect: [['export controls on rare earth-related technologies', 'china-rare-earth-export-controls-october-2025']],
  },
  {
    text: 'In December 2023 Beijing set up an export licensing system for rare earth-related technologies.',
    never: ['licensing system'],
  },
  {
    text: 'Shares of China Rare Earth Holdings rose; Louisiana Strategic Metals is building a plant.',
    never: ['Rare Earth', 'Strategic Metals'],
  },
  { text: 'Samsung makes NAND memory chips and flash memory chips in Xian.', never: ['memory chips'] },
  {
    text: 'CXMT makes memory chips for phones.',
    never: [],
    expect: [['memory chips', 'dram']],
  },
  {
    text: 'Washington added 13 firms to its export control list, including 11 Chinese companies.',
    never: ['export control list'],
  },
  {
    text: "Beijing added 28 US firms to China's export control list.",
    never: [],
    expect: [["China's export control list", 'china-export-control-control-list']],
  },
  {
    text: 'Bessent met He Lifeng for negotiations in Madrid, then Trump and Xi held talks in Busan.',
    never: [],
    expect: [
      ['negotiations in Madrid', 'madrid-talks-2025'],
      ['talks in Busan', 'busan-summit-2025'],
    ],
  },
  {
    text: 'Trump and Xi Jinping met in Busan on Thursday.',
    never: [],
    expect: [['Busan', 'busan-summit-2025']],
  },
  {
    text: 'The Busan film festival opened; Madrid negotiations on a football contract stalled.',
    never: ['Busan', 'Madrid negotiations'],
  },
  {
    text: 'Trump began a state visit to China in May 2026, his first since 2017.',
    never: [],
    expect: [['state visit to China', 'beijing-summit-2026']],
  },
  {
    text: 'The king of Spain paid a state visit to China last year.',
    never: ['state visit to China'],
  },
  {
    text: 'The fentanyl duties came under Executive Order 14195; a 25% tariff on heavy trucks followed.',
    never: [],
    expect: [
      ['Executive Order 14195', 'fentanyl-tariffs'],
      ['tariff on heavy trucks', 'section-232-truck-tariffs'],
    ],
  },
  {
    text: 'Nvidia agreed to pay 15% of the revenue from H20 sales; a 15% of revenue target at a bakery is unrelated.',
    never: [],
    expect: [['15% of the revenue', 'us-china-chip-sales-revenue-share']],
  },
  {
    text: 'The bakery pays 15% of the revenue to its landlord.',
    never: ['15% of the revenue'],
  },
  {
    text: 'The justices heard Trump v. V.O.S. Selections with the Learning Resources case.',
    never: ['Trump'],
    expect: [['Trump v. V.O.S. Selections', 'vos-selections-v-trump']],
  },
  {
    text: 'Trump announced a trade deal with Japan that sets a 15% tariff; Lutnick praised the trade deal with South Korea.',
    never: [],
    expect: [
      ['trade deal with Japan', 'us-japan-trade-agreement-2025'],
      ['trade deal with South Korea', 'us-korea-trade-agreement-2025'],
    ],
  },
  {
    text: 'Australia signed a trade deal with Japan on beef and a trade deal with South Korea on wine.',
    never: ['trade deal with Japan', 'trade deal with South Korea'],
  },
  {
    text: 'Jim Farley warned of magnet shortages. Farley acknowledged on a call that supply was tight.',
    never: [],
    expect: [['Farley', 'jim-farley']],
  },
  {
    text: 'Doug Ford defended the ad. Premier Ford said it worked.',
    never: [],
    expect: [
      ['Doug Ford', 'doug-ford'],
      ['Premier Ford', 'doug-ford'],
    ],
  },
  { text: 'Premier Ford Lincoln in Brooklyn cut prices on trucks.', never: ['Premier Ford', 'Ford'] },
  {
    text: 'US ambassador Sergio Gor said the deal was close; Gor added that tariffs would fall to 18%.',
    never: [],
    expect: [['Gor', 'sergio-gor']],
  },
  { text: 'Gor Mahia won the Kenyan league title again.', never: ['Gor'] },
  {
    text: 'General Secretary To Lam spoke with Trump about the 20% tariff.',
    never: [],
    expect: [['General Secretary To Lam', 'to-lam']],
  },
  { text: 'To Lam Research, the new rules mean lost China sales.', never: ['To Lam'] },
  {
    text: 'The Amsterdam Enterprise Chamber ruled on Nexperia; the Enterprise Chamber ordered an inquiry.',
    never: [],
    expect: [['Enterprise Chamber', 'amsterdam-enterprise-chamber']],
  },
  {
    text: 'The Enterprise Chamber of Commerce hosted a networking breakfast for local shops.',
    never: ['Enterprise Chamber'],
  },
  {
    text: 'The AISI said steel imports must stay under Section 232 tariffs.',
    never: [],
    expect: [['AISI', 'american-iron-and-steel-institute']],
  },
  { text: 'Britain’s AISI published a new evaluation of frontier AI models.', never: ['AISI'] },
  {
    text: 'Sojitz and JOGMEC fund Lynas through JARE, which holds priority rights to dysprosium.',
    never: [],
    expect: [['JARE', 'japan-australia-rare-earths']],
  },
  { text: 'JARE, the Japanese Antarctic Research Expedition, returned from Syowa Station.', never: ['JARE'] },
  {
    text: 'China blacklisted PVH, owner of Calvin Klein, and Illumina.',
    never: [],
    expect: [
      ['PVH', 'pvh'],
      ['Illumina', 'illumina'],
    ],
  },
  { text: 'Neurons in the PVH regulate stress hormones in mice.', never: ['PVH'] },
  {
    text: 'Wassenaar participating states failed to agree new export controls on chips.',
    never: [],
    expect: [['Wassenaar', 'wassenaar-arrangement']],
  },
  { text: 'The villa in Wassenaar, near The Hague, sold for a record price.', never: ['Wassenaar'] },
  {
    text: 'Maruti Suzuki cut e Vitara output; Maruti said supply was uncertain.',
    never: [],
    expect: [['Maruti', 'maruti-suzuki']],
  },
  { text: 'Devotees prayed to Maruti at the temple during the festival.', never: ['Maruti'] },
  {
    text: 'The Critical Raw Materials Act sets 2030 benchmarks; the CRMA also covers permits. The Critical Raw Materials Alliance tracks germanium.',
    never: [],
    expect: [
      ['CRMA', 'eu-critical-raw-materials-act'],
      ['Critical Raw Materials Alliance', 'critical-raw-materials-alliance'],
    ],
  },
  {
    text: 'Commerce is weighing drone tariffs after its Section 232 probe.',
    never: [],
    expect: [['drone tariffs', 'section-232-drone-investigation']],
  },
  { text: 'Police launched a drone investigation after the crash near the airport.', never: ['drone investigation'] },
  {
    text: 'The Section 232 polysilicon investigation could lead to tariffs.',
    never: [],
    expect: [['Section 232 polysilicon investigation', 'section-232-polysilicon-investigation']],
  },
  { text: 'Polysilicon tariffs under Section 301 rose to 50% in January.', never: ['Polysilicon tariffs'] },
  {
    text: 'Commerce opened a Section 232 investigation into robotics and industrial machinery.',
    never: [],
    expect: [
      [
        'Section 232 investigation into robotics and industrial machinery',
        'section-232-robotics-industrial-machinery-investigation',
      ],
    ],
  },
  {
    text: 'Exports of robotics and industrial machinery from Japan rose last year.',
    never: ['robotics and industrial machinery'],
  },
  {
    text: 'G7 leaders launched a critical minerals action plan at Kananaskis.',
    never: [],
    expect: [['critical minerals action plan', 'g7-critical-minerals-action-plan']],
  },
  { text: 'Canada published its own critical minerals action plan in 2022.', never: ['critical minerals action plan'] },
  {
    text: 'Rubio spoke at the Critical Minerals Ministerial in Washington.',
    never: [],
    expect: [['Critical Minerals Ministerial', 'critical-minerals-ministerial-2026']],
  },
  { text: 'Japan will host a critical minerals summit in Tokyo next year.', never: ['critical minerals summit'] },
  {
    text: 'Rubio launched the Forum on Resource Geostrategic Engagement. FORGE will coordinate critical minerals policy.',
    never: [],
    expect: [['FORGE', 'forum-on-resource-geostrategic-engagement']],
  },
  { text: 'ALLIES FORGE CRITICAL MINERALS PACT', never: ['FORGE'] },
  {
    text: 'Vance proposed a preferential trade zone for critical minerals with price floors.',
    never: [],
    expect: [['preferential trade zone', 'critical-minerals-preferential-trade-zone']],
  },
  { text: 'ASEAN members discussed a preferential trade zone for textiles.', never: ['preferential trade zone'] },
  {
    text: 'The CCL entry for 3A090 requires a licence for China exports.',
    never: [],
    expect: [['CCL', 'commerce-control-list']],
  },
  { text: 'Carnival (CCL) shares rose as cruise demand grew.', never: ['CCL'] },
  {
    text: 'ECCNs on the Commerce Control List cover the chips.',
    never: ['Commerce'],
    expect: [['Commerce Control List', 'commerce-control-list']],
  },
  {
    text: 'Trump declared an emergency under the National Emergencies Act to impose IEEPA tariffs.',
    never: [],
    expect: [['National Emergencies Act', 'national-emergencies-act']],
  },
  {
    text: 'The NEA grants funds to artists; the National Endowment for the Arts is unrelated to tariffs.',
    never: ['NEA'],
  },
  {
    text: 'Trump invoked the Defense Production Act to boost critical minerals output.',
    never: [],
    expect: [['Defense Production Act', 'defense-production-act']],
  },
  { text: 'The DPA said data protection rules apply to exports.', never: ['DPA'] },
  {
    text: 'Beijing lifted export controls on Nexperia chips for civilian use.',
    never: [],
    expect: [['export controls on Nexperia chips', 'china-nexperia-export-ban']],
  },
  {
    text: 'The US affiliates rule could impose export controls on Nexperia, Washington said.',
    never: ['export controls on Nexperia'],
  },
  {
    text: "China's internet regulator told firms to halt Nvidia chip purchases of the RTX Pro 6000D.",
    never: [],
    expect: [['halt Nvidia chip purchases', 'cac-nvidia-rtx-pro-6000d-ban']],
  },
  {
    text: "Investors may stop buying Nvidia's AI chips stock if margins fall.",
    never: ["stop buying Nvidia's AI chips"],
  },
  {
    text: "Nvidia's Blackwell chips, and soon, Rubin, are not part of this deal.",
    never: [],
    expect: [['Rubin', 'nvidia-rubin']],
  },
  { text: 'Astronomer Vera Rubin found evidence of dark matter.', never: ['Rubin', 'Vera Rubin'] },
  { text: 'Former Treasury Secretary Robert Rubin said chips tariffs hurt.', never: ['Rubin'] },
  {
    text: 'Apple has announced a $500 million deal with MP Materials, committing to buy magnets.',
    never: [],
    expect: [['deal with MP Materials', 'mp-materials-apple-deal']],
  },
  {
    text: "The Pentagon's deal with MP Materials came days before Apple's announcement.",
    never: ['deal with MP Materials'],
  },
  {
    text: 'A gallium plant run by Alcoa and Sojitz will get US$200 million.',
    never: [],
    expect: [['gallium plant', 'alcoa-sojitz-gallium-project']],
  },
  { text: 'A gallium plant in Germany was announced on Monday.', never: ['gallium plant'] },
  {
    text: 'BIS added them to the Military End-User (MEU) List in 2020.',
    never: [],
    expect: [['Military End-User (MEU) List', 'military-end-user-list']],
  },
  {
    text: 'President Sheinbaum spoke to Prime Minister Modi by phone.',
    never: [],
    expect: [
      ['President Sheinbaum', 'claudia-sheinbaum'],
      ['Prime Minister Modi', 'narendra-modi'],
    ],
  },
  {
    text: 'The October 9 rare earth controls reached foreign-made magnets.',
    never: [],
    expect: [['October 9 rare earth controls', 'china-rare-earth-export-controls-october-2025']],
  },
  {
    text: 'Shares of Texas Instruments fell; TI sells analog chips in China, and ADI makes them too.',
    never: [],
    expect: [
      ['Texas Instruments', 'texas-instruments'],
      ['TI', 'texas-instruments'],
      ['ADI', 'analog-devices'],
    ],
  },
  { text: 'A TI calculator and the ADI index of the ISS were discussed.', never: ['TI', 'ADI'] },
  {
    text: 'The Pentagon stockpile grew as the DLA bought cobalt.',
    never: [],
    expect: [['DLA', 'defense-logistics-agency']],
  },
  { text: 'DLA Piper advised the Pentagon on its cobalt stockpile.', never: ['DLA'] },
  {
    text: 'Pakistan shipped rare earths to US Strategic Metals, a Missouri firm.',
    never: ['Strategic Metals'],
  },
  {
    text: 'Australia and the United States signed a critical minerals framework worth $8.5 billion.',
    never: [],
    expect: [['critical minerals framework', 'us-australia-critical-minerals-framework-2025']],
  },
  {
    text: 'The DFC lent $565 million to a rare earth mine in Brazil.',
    never: [],
    expect: [['DFC', 'us-international-development-finance-corporation']],
  },
  { text: 'The DFC Intelligence report on video games came out.', never: ['DFC'] },
  {
    text: 'Ma’aden will hold 51% of the refinery; Korea Zinc will build a smelter in Tennessee.',
    never: [],
    expect: [
      ['Ma’aden', 'maaden'],
      ['Korea Zinc', 'korea-zinc'],
    ],
  },
  {
    text: 'Beijing listed units of Lockheed Martin and General Dynamics; Lockheed said it followed US policy.',
    never: [],
    expect: [
      ['Lockheed Martin', 'lockheed-martin'],
      ['General Dynamics', 'general-dynamics'],
      ['Lockheed', 'lockheed-martin'],
    ],
  },
  { text: 'The Lockheed Constellation was a 1940s airliner.', never: ['Lockheed'] },
  {
    text: 'USTR opened a Section 301 investigation into China’s compliance with the 2020 deal.',
    never: [],
    expect: [['Section 301 investigation into China’s compliance', 'section-301-phase-one-investigation']],
  },
  {
    text: 'Lutnick said the framework came out of May negotiations in Geneva, followed by a recent phone call between Trump and Jinping.',
    never: ['Trump', 'Jinping'],
    expect: [
      ['negotiations in Geneva', 'geneva-talks-2025'],
      ['phone call between Trump and Jinping', 'trump-xi-phone-call-june-2025'],
    ],
  },
  {
    text: 'American and Ukrainian officials held negotiations in Geneva on a peace framework, Trump said.',
    never: ['negotiations in Geneva'],
  },
  {
    text: 'In September the phone call between Trump and Xi turned to TikTok and a visit to Beijing.',
    never: ['phone call between Trump and Xi'],
    expect: [['TikTok', 'tiktok']],
  },
  {
    text: 'In October Beijing unveiled new rare earths export curbs.',
    never: ['rare earths export curbs'],
    expect: [['rare earths', 'rare-earth-elements']],
  },
  {
    text: 'Beijing kept its rare earths export curbs from April.',
    never: [],
    expect: [['rare earths export curbs', 'china-rare-earth-export-controls-april-2025']],
  },
  {
    text: 'Ontario Premier Doug Ford called the tariffs a betrayal. Ford said the province would pull American liquor from LCBO shelves.',
    never: [],
    expect: [
      ['Premier Doug Ford', 'doug-ford'],
      ['Ford', 'doug-ford'],
    ],
  },
  {
    text: 'Ford idled its Chicago plant for a week for lack of rare earth magnets.',
    never: [],
    expect: [['Ford', 'ford']],
  },
  {
    text: 'Justice Brett Kavanaugh wrote the dissent; Kavanaugh warned that tariff refunds would be a mess.',
    never: [],
    expect: [
      ['Justice Brett Kavanaugh', 'brett-kavanaugh'],
      ['Kavanaugh', 'brett-kavanaugh'],
    ],
  },
  { text: 'Kavanaugh Street in Dublin was closed for roadworks.', never: ['Kavanaugh'] },
  {
    text: 'Industry Minister Kim Jung-kwan met Howard Lutnick in New York to discuss the $350 billion pledge.',
    never: [],
    expect: [['Kim Jung-kwan', 'kim-jung-kwan']],
  },
  {
    text: 'Swiss exporters welcomed the US-Swiss trade deal that cut the 39% tariff to 15%.',
    never: [],
    expect: [['US-Swiss trade deal', 'us-switzerland-trade-framework-2025']],
  },
  { text: 'The Swiss trade deal with China dates from 2014.', never: ['Swiss trade deal'] },
  {
    text: 'Executive Order 14323 put a 50% tariff on Brazil over the prosecution of Jair Bolsonaro.',
    never: [],
    expect: [
      ['Executive Order 14323', 'us-brazil-tariffs-2025'],
      ['50% tariff on Brazil', 'us-brazil-tariffs-2025'],
    ],
  },
  { text: 'Brazil tariffs on imported ethanol were raised by Brasília in 2024.', never: ['Brazil tariffs'] },
  {
    text: 'Trump lifted the Russian oil tariff on India after talks with Modi.',
    never: [],
    expect: [['Russian oil tariff', 'us-india-russian-oil-tariff-2025']],
  },
  { text: 'The EU debated a Russian oil tariff on Hungary and Slovakia.', never: ['Russian oil tariff'] },
  {
    text: 'Airlangga Hartarto said the US-Indonesia trade deal sets a 19% tariff.',
    never: [],
    expect: [['US-Indonesia trade deal', 'us-indonesia-reciprocal-trade-agreement-2026']],
  },
  {
    text: 'TSMC shares rose after the US-Taiwan trade deal capped tariffs at 15%.',
    never: [],
    expect: [['US-Taiwan trade deal', 'us-taiwan-trade-agreement-2026']],
  },
  {
    text: 'Anwar Ibrahim signed the US-Malaysia trade agreement in Kuala Lumpur.',
    never: ['Kuala Lumpur'],
    expect: [['US-Malaysia trade agreement', 'us-malaysia-reciprocal-trade-agreement-2025']],
  },
  {
    text: 'Trump announced the US-Vietnam trade deal with a 40% transshipment tariff.',
    never: [],
    expect: [
      ['US-Vietnam trade deal', 'us-vietnam-trade-framework-2025'],
      ['transshipment tariff', 'us-vietnam-trade-framework-2025'],
    ],
  },
  {
    text: 'Beijing froze assets of Northrop Grumman, L3Harris and Anduril Industries over Taiwan arms sales.',
    never: [],
    expect: [
      ['Northrop Grumman', 'northrop-grumman'],
      ['L3Harris', 'l3harris-technologies'],
      ['Anduril Industries', 'anduril-industries'],
    ],
  },
  { text: 'Aragorn carried Andúril, the sword reforged.', never: ['Andúril'] },
  {
    text: 'China sanctioned units of Teal Drones and other drone makers.',
    never: ['Drones'],
    expect: [['drone', 'drones']],
  },
  {
    text: 'Importers filed claims through CAPE after CBP opened the IEEPA refunds portal.',
    never: [],
    expect: [
      ['CAPE', 'cape-ieepa-refunds'],
      ['IEEPA refunds', 'cape-ieepa-refunds'],
    ],
  },
  { text: 'They sailed past Cape Town and the CAPE Index of shipping rates rose.', never: ['CAPE'] },
  {
    text: 'Ratification of the Turnberry trade deal was delayed by the European Parliament.',
    never: [],
    expect: [['Turnberry trade deal', 'eu-us-trade-framework-2025']],
  },
  {
    text: 'The International Economic Emergency Powers Act does not allow tariffs, the court held.',
    never: [],
    expect: [['International Economic Emergency Powers Act', 'ieepa-tariffs']],
  },
  {
    text: 'The truce included pausing Chinese export controls on rare earth materials for one year.',
    never: ['export controls on rare earth'],
    expect: [['pausing Chinese export controls on rare earth', 'china-rare-earth-export-controls-october-2025']],
  },
  {
    text: 'Taiwanese firms will build advanced semiconductor manufacturing capacity in Arizona.',
    never: ['advanced semiconductor'],
  },
  {
    text: 'The April export curbs slashed magnet shipments by three quarters.',
    never: [],
    expect: [['April export curbs', 'china-rare-earth-export-controls-april-2025']],
  },
  { text: 'Washington’s April export controls on H20 chips cost Nvidia billions.', never: ['April export controls'] },
  {
    text: 'Carmakers feared China’s October export controls, which reached magnets made abroad.',
    never: [],
    expect: [['October export controls', 'china-rare-earth-export-controls-october-2025']],
  },
  {
    text: 'The October export controls of 2022 cut China off from advanced chips.',
    never: ['October export controls'],
  },
  {
    text: 'The London round, which Lutnick called constructive, was meant to put meat on the bones of the Geneva deal.',
    never: [],
    expect: [['London round', 'london-talks-2025']],
  },
  { text: 'The London round of the darts championship drew big crowds.', never: ['London round'] },
  {
    text: 'Prosecutors said the ring shipped GPUs to China in defiance of U.S. export control laws.',
    never: ['export control laws', 'export control law'],
  },
  {
    text: 'Taiwan’s Commerce Ministry added Huawei to its list as frictions with China grew.',
    never: ['Commerce Ministry'],
    expect: [['Taiwan’s Commerce Ministry', 'taiwan-moea']],
  },
  {
    text: 'Taiwan put Huawei and SMIC on its strategic high-tech commodities entity list, angering China.',
    never: ['export control list'],
    expect: [['strategic high-tech commodities entity list', 'taiwan-strategic-high-tech-commodities-entity-list']],
  },
  {
    text: 'MetaX and Moore Threads listed in Shanghai as China pushed for home-grown GPUs.',
    never: [],
    expect: [
      ['MetaX', 'metax'],
      ['Moore Threads', 'moore-threads'],
    ],
  },
  {
    text: 'Biren Technology listed in Hong Kong; Biren said demand for its GPUs was strong.',
    never: [],
    expect: [
      ['Biren Technology', 'biren-technology'],
      ['Biren', 'biren-technology'],
    ],
  },
  { text: 'Former Manipur chief minister N. Biren Singh spoke about AI and chip plants.', never: ['Biren'] },
  {
    text: 'Tencent-backed Enflame designs AI chips; Hygon agreed to absorb Sugon; TSMC cut off Sophgo.',
    never: [],
    expect: [
      ['Enflame', 'enflame'],
      ['Hygon', 'hygon'],
      ['Sugon', 'sugon'],
      ['Sophgo', 'sophgo'],
    ],
  },
  {
    text: 'Michael Kratsios and Sriram Krishnan defended the AI plan; Krishnan said exports matter.',
    never: [],
    expect: [
      ['Michael Kratsios', 'michael-kratsios'],
      ['Sriram Krishnan', 'sriram-krishnan'],
      ['Krishnan', 'sriram-krishnan'],
    ],
  },
  { text: 'Krishnan scored twice as India beat Sri Lanka in the final.', never: ['Krishnan'] },
  {
    text: 'Reinette Klever extended licensing to older ASML machines; Klever cited security.',
    never: [],
    expect: [
      ['Reinette Klever', 'reinette-klever'],
      ['Klever', 'reinette-klever'],
    ],
  },
  { text: 'Klever kitchen knives sold well in Ermelo.', never: ['Klever'] },
  {
    text: 'Four men were charged with conspiring to violate the Export Control Reform Act.',
    never: [],
    expect: [['Export Control Reform Act', 'export-control-reform-act']],
  },
  { text: 'ECRA, the Egyptian telecom regulator, fined a mobile operator.', never: ['ECRA'] },
  {
    text: 'Beijing barred foreign AI chips in state-funded data centres, hurting Nvidia.',
    never: [],
    expect: [['foreign AI chips in state-funded data centres', 'china-state-data-centre-foreign-ai-chip-ban']],
  },
  {
    text: 'The customs crackdown on Nvidia hit shipments of H20 chips at Chinese ports.',
    never: [],
    expect: [['customs crackdown on Nvidia', 'china-customs-nvidia-chip-checks']],
  },
  { text: 'A customs crackdown on counterfeit handbags began at the port.', never: ['customs crackdown'] },
  {
    text: 'Operation Gatekeeper exposed a ring smuggling Nvidia H200 GPUs to China.',
    never: [],
    expect: [['Operation Gatekeeper', 'operation-gatekeeper']],
  },
  {
    text: 'Operation Gatekeeper, begun in 1994, added fencing along the San Diego border.',
    never: ['Operation Gatekeeper'],
  },
  {
    text: 'Under Secretary Jeffery Kessler told staff not to enforce the rule.',
    never: [],
    expect: [['Jeffery Kessler', 'jeffrey-kessler']],
  },
  {
    text: 'The Bureau of Industry and Security listed 80 firms. BIS said they aided the military.',
    never: [],
    expect: [
      ['Bureau of Industry and Security', 'bureau-of-industry-and-security'],
      ['BIS', 'bureau-of-industry-and-security'],
    ],
  },
  { text: 'The BIS said central banks should keep an eye on stablecoins.', never: ['BIS'] },
  {
    text: 'Washington ended the verified end user status of Samsung and SK Hynix plants in China.',
    never: [],
    expect: [['verified end user', 'validated-end-user-program']],
  },
  {
    text: 'The Dutch Economic Ministry used the Availability of Goods Act to take control of Nexperia.',
    never: [],
    expect: [
      ['Dutch Economic Ministry', 'netherlands-ministry-of-economic-affairs'],
      ['Availability of Goods Act', 'nexperia-goods-availability-act-order'],
    ],
  },
  {
    text: 'Proclamation 11002 put a 25% duty on some AI chips; Huawei will ship the Ascend 950 next year.',
    never: [],
    expect: [
      ['Proclamation 11002', 'section-232-semiconductor-tariffs'],
      ['Ascend 950', 'huawei-ascend'],
    ],
  },
  {
    text: 'SAMR widened its antitrust investigation into NVIDIA over the Mellanox deal.',
    never: ['NVIDIA'],
    expect: [['antitrust investigation into NVIDIA', 'samr-nvidia-antitrust-investigation']],
  },
  {
    text: 'MOFCOM opened an anti-dumping probe into certain American-made analog chips.',
    never: [],
    expect: [['anti-dumping probe into certain American-made analog', 'china-anti-dumping-us-analog-chips']],
  },
  {
    text: 'The Interim Final Rule on Artificial Intelligence Diffusion set country tiers.',
    never: ['Diffusion'],
    expect: [['Interim Final Rule on Artificial Intelligence Diffusion', 'ai-diffusion-rule']],
  },
  {
    text: 'Seoul studied the U.S.–Taiwan framework, and the Ministry of Trade, Industry and Resources met chipmakers.',
    never: [],
    expect: [
      ['U.S.–Taiwan framework', 'us-taiwan-trade-agreement-2026'],
      ['Ministry of Trade, Industry and Resources', 'south-korea-motie'],
    ],
  },
  {
    text: 'Under the Korea–U.S. Joint Fact Sheet, Seoul sought equal terms on sectoral tariffs on semiconductors.',
    never: [],
    expect: [
      ['Korea–U.S. Joint Fact Sheet', 'us-korea-trade-agreement-2025'],
      ['sectoral tariffs on semiconductors', 'section-232-semiconductor-tariffs'],
    ],
  },
  {
    text: 'Critical Metals bought the Tanbreez deposit in Greenland. Critical metals such as gallium remain scarce.',
    never: [],
    expect: [
      ['Critical Metals', 'critical-metals-corp'],
      ['Tanbreez deposit', 'critical-metals-corp'],
      ['Critical metals', 'critical-minerals'],
    ],
  },
  {
    text: 'China Northern Rare Earth and Baotou Steel raised the concentrate price again.',
    never: ['Steel'],
    expect: [['Baotou Steel', 'baotou-steel']],
  },
  {
    text: 'The Authority for the Regulation and Control of Strategic Mineral Markets gave CMOC and Glencore cobalt quotas.',
    never: ['Strategic Mineral'],
    expect: [
      ['Authority for the Regulation and Control of Strategic Mineral Markets', 'arecoms'],
      ['CMOC', 'cmoc-group'],
      ['Glencore', 'glencore'],
    ],
  },
  {
    text: 'Congo replaced its cobalt export ban with quotas in October.',
    never: [],
    expect: [['cobalt export ban', 'drc-cobalt-export-quotas']],
  },
  { text: 'Traders doubted that any cobalt export ban would last.', never: ['cobalt export ban'] },
  {
    text: 'FORGE took over from the Minerals Security Partnership; MSP partners backed 32 mineral projects.',
    never: [],
    expect: [
      ['Minerals Security Partnership', 'minerals-security-partnership'],
      ['MSP', 'minerals-security-partnership'],
    ],
  },
  { text: 'Her flight landed at MSP, the Minneapolis airport, after the partners meeting.', never: ['MSP'] },
  {
    text: 'Almonty shipped its first ore at the Sangdong tungsten mine, and Sangdong will lift tungsten output.',
    never: [],
    expect: [
      ['Almonty', 'almonty-industries'],
      ['Sangdong tungsten mine', 'almonty-industries'],
      ['Sangdong', 'almonty-industries'],
    ],
  },
  { text: 'Sangdong is a district of Bucheon, west of Seoul.', never: ['Sangdong'] },
  {
    text: 'Perpetua Resources won its permit for the Stibnite Gold Project; Perpetua expects antimony by 2028.',
    never: [],
    expect: [
      ['Perpetua Resources', 'perpetua-resources'],
      ['Stibnite Gold Project', 'perpetua-resources'],
      ['Perpetua', 'perpetua-resources'],
    ],
  },
  { text: "Idaho's state motto is Esto Perpetua.", never: ['Perpetua'] },
  {
    text: 'Syrah Resources makes anode material in Louisiana, and Syrah lost its graphite duty case.',
    never: [],
    expect: [
      ['Syrah Resources', 'syrah-resources'],
      ['Syrah', 'syrah-resources'],
    ],
  },
  { text: 'They ordered a glass of Syrah from the Rhône.', never: ['Syrah'] },
  {
    text: 'Serra Verde, whose rare earth mine sits in Goiás, took a DFC loan.',
    never: [],
    expect: [['Serra Verde', 'serra-verde']],
  },
  { text: 'The Serra Verde Express train winds down the coast of Paraná.', never: ['Serra Verde'] },
  {
    text: 'Cove Capital will mine tungsten in Kazakhstan with JSC Tau-Ken Samruk.',
    never: [],
    expect: [
      ['Cove Capital', 'cove-capital'],
      ['JSC Tau-Ken Samruk', 'tau-ken-samruk'],
    ],
  },
  { text: 'Cove Capital Investments sponsors real estate funds for investors.', never: ['Cove Capital'] },
  {
    text: 'Export Finance Australia lent to Iluka; EFA also backs Arafura’s Nolans project.',
    never: [],
    expect: [
      ['Export Finance Australia', 'export-finance-australia'],
      ['EFA', 'export-finance-australia'],
      ['Nolans project', 'arafura-rare-earths'],
    ],
  },
  { text: 'The EFA group in the European Parliament voted against the plan.', never: ['EFA'] },
  {
    text: 'Australia’s Critical Minerals Facility funds Iluka’s Eneabba refinery; India runs a National Critical Mineral Mission.',
    never: ['Critical Mineral', 'Critical Minerals'],
    expect: [
      ['Critical Minerals Facility', 'export-finance-australia'],
      ['Eneabba refinery', 'iluka-resources'],
    ],
  },
  { text: 'Eneabba is a small wheatbelt town north of Perth.', never: ['Eneabba'] },
  {
    text: 'The Ministry of Heavy Industries in New Delhi notified the rare earth magnet scheme worth ₹7,280 crore; IREL will supply oxide.',
    never: [],
    expect: [
      ['Ministry of Heavy Industries', 'india-ministry-of-heavy-industries'],
      ['rare earth magnet scheme', 'india-rare-earth-magnet-scheme'],
      ['IREL', 'irel-india'],
    ],
  },
  { text: 'Tokyo weighed a rare earth magnet scheme of its own.', never: ['rare earth magnet scheme'] },
  {
    text: 'JAMSTEC lifted rare earth mud from 6,000 metres near Minamitori Island.',
    never: [],
    expect: [['JAMSTEC', 'jamstec']],
  },
  {
    text: 'China’s Ministry of State Security said smugglers hid rare earths in ceramic tiles and plastic mannequins.',
    never: ['plastic'],
    expect: [['China’s Ministry of State Security', 'china-ministry-of-state-security']],
  },
  { text: 'North Korea’s Ministry of State Security runs the prison camps.', never: ['Ministry of State Security'] },
  {
    text: 'Canada announced 26 projects under the G7 Critical Minerals Production Alliance.',
    never: ['Critical Minerals'],
    expect: [['G7 Critical Minerals Production Alliance', 'critical-minerals-production-alliance']],
  },
  {
    text: 'A TechMet consortium won the Dobra lithium tender in Ukraine.',
    never: [],
    expect: [['TechMet', 'techmet']],
  },
  {
    text: 'USA Rare Earth will mine the Round Top deposit; Energy Fuels runs the White Mesa Mill and Lynas owns Mount Weld.',
    never: [],
    expect: [
      ['Round Top deposit', 'usa-rare-earth'],
      ['White Mesa Mill', 'energy-fuels'],
      ['Mount Weld', 'lynas-rare-earths'],
    ],
  },
  { text: 'Round Top, Texas, hosts a famous antiques fair.', never: ['Round Top'] },
  {
    text: 'Bessent said Washington would set price floors across industries, beyond the $110 floor MP Materials won.',
    never: ['price floors'],
  },
  {
    text: 'Treasurer Jim Chalmers and Madeleine King set out the reserve; Chalmers then flew to Washington.',
    never: [],
    expect: [
      ['Treasurer Jim Chalmers', 'jim-chalmers'],
      ['Madeleine King', 'madeleine-king'],
      ['Chalmers', 'jim-chalmers'],
    ],
  },
  { text: 'Energy Fuels chief executive Mark Chalmers said Chalmers had no comment.', never: ['Chalmers'] },
  {
    text: 'Aclara Resources is building the Carina Module in Goiás; Aclara took a DFC loan.',
    never: [],
    expect: [
      ['Aclara Resources', 'aclara-resources'],
      ['Carina Module', 'aclara-resources'],
      ['Aclara', 'aclara-resources'],
    ],
  },
  {
    text: 'Brussels will open a European Critical Raw Materials Centre in 2026.',
    never: ['Critical Raw Materials'],
    expect: [['European Critical Raw Materials Centre', 'resourceeu']],
  },
  {
    text: 'China’s State Council Information Office did not reply; Khazanah Nasional called the refinery talks early.',
    never: ['China’s State Council', 'State Council'],
    expect: [['Khazanah Nasional', 'khazanah-nasional']],
  },
  {
    text: 'Lynas said its Seadrift refinery in Texas might not proceed.',
    never: [],
    expect: [['Seadrift', 'lynas-rare-earths']],
  },
  { text: 'Seadrift is a fishing town on San Antonio Bay.', never: ['Seadrift'] },
  {
    text: 'MP Materials makes magnets at its Independence facility in Fort Worth; Neo separates oxides at Silmet.',
    never: [],
    expect: [
      ['Independence facility', 'mp-materials'],
      ['Silmet', 'neo-performance-materials'],
    ],
  },
  { text: 'The clinic moved into the Independence facility downtown.', never: ['Independence facility'] },
  {
    text: 'Lithium Americas said the DOE and GM will bolster US lithium production.',
    never: [],
    expect: [['DOE', 'us-department-of-energy']],
  },
  {
    text: 'Tianqi Lithium and Ganfeng Lithium rose; Zhejiang Huayou Cobalt and Chengxin Lithium build plants in Zimbabwe.',
    never: ['Lithium', 'Cobalt'],
    expect: [
      ['Tianqi Lithium', 'tianqi-lithium'],
      ['Ganfeng Lithium', 'ganfeng-lithium'],
      ['Zhejiang Huayou Cobalt', 'huayou-cobalt'],
    ],
  },
  {
    text: 'PT Gunbuster Nickel Indonesia, a unit of Jiangsu Delong Nickel, opened a ferronickel plant.',
    never: ['Nickel'],
  },
  {
    text: 'Critical Metals Corp owns a Greenland deposit. Later, Critical Metals shares doubled.',
    never: [],
    expect: [['Critical Metals', 'critical-metals-corp']],
  },
  {
    text: 'Serra Verde Group signed the DFC loan. Serra Verde chief operating officer Ricardo Grossi spoke.',
    never: [],
    expect: [['Serra Verde', 'serra-verde']],
  },
  {
    text: 'Lynas Rare Earths held its annual meeting. The chairman said Seadrift would not go ahead.',
    never: [],
    expect: [['Seadrift', 'lynas-rare-earths']],
  },
  {
    text: 'China’s curbs on critical metals like gallium and germanium hit chipmakers.',
    never: [],
    expect: [['critical metals', 'critical-minerals']],
  },
  {
    text: 'Von der Leyen and Costa met Xi Jinping at a one-day summit in Beijing in July 2025.',
    never: ['summit in Beijing'],
  },
  {
    text: 'Trump met Xi at the summit in Beijing in May 2026.',
    never: [],
    expect: [['summit in Beijing', 'beijing-summit-2026']],
  },
  {
    text: 'Leaders gathered for the 25th EU-China summit. António Costa said Costa Rica was not on the agenda.',
    never: ['Costa Rica'],
    expect: [
      ['25th EU-China summit', 'eu-china-summit-2025'],
      ['António Costa', 'antonio-costa'],
    ],
  },
  {
    text: 'Beijing put 100% tariffs on Canadian canola oil after its anti-discrimination probe of Ottawa.',
    never: [],
    expect: [
      ['tariffs on Canadian canola oil', 'china-tariffs-canada-farm-goods-march-2025'],
      ['anti-discrimination probe', 'china-tariffs-canada-farm-goods-march-2025'],
    ],
  },
  {
    text: 'Washington weighed tariffs on Canadian agricultural products such as dairy in its USMCA review.',
    never: ['tariffs on Canadian agricultural products'],
  },
  {
    text: 'China said it would suspend imports of Japanese seafood after Takaichi spoke on Taiwan.',
    never: [],
    expect: [['suspend imports of Japanese seafood', 'china-japan-seafood-import-suspension-2025']],
  },
  {
    text: 'Wang Wentao signed the China-ASEAN FTA 3.0 in Kuala Lumpur; the 3.0 Upgrade Protocol now needs ratifying.',
    never: [],
    expect: [
      ['China-ASEAN FTA 3.0', 'china-asean-fta-3-upgrade'],
      ['3.0 Upgrade Protocol', 'china-asean-fta-3-upgrade'],
    ],
  },
  {
    text: 'The software upgrade protocol failed, said the engineer.',
    never: ['upgrade protocol', 'Upgrade Protocol'],
  },
  {
    text: 'International Trade Minister Maninder Sidhu spoke in Ottawa. Sidhu said Canada would press China on steel.',
    never: [],
    expect: [
      ['Maninder Sidhu', 'maninder-sidhu'],
      ['Sidhu', 'maninder-sidhu'],
    ],
  },
  {
    text: 'Navjot Singh Sidhu commented on the cricket match; Sidhu Moose Wala songs played.',
    never: ['Sidhu'],
  },
  {
    text: 'Finance Minister Satsuki Katayama met G7 peers. Katayama said monopolies were unacceptable.',
    never: [],
    expect: [
      ['Satsuki Katayama', 'satsuki-katayama'],
      ['Katayama', 'satsuki-katayama'],
    ],
  },
  {
    text: 'Former premier Tetsu Katayama led Japan in 1947, and Katayama was a socialist.',
    never: ['Katayama'],
  },
  {
    text: 'Unlike the additional restrictions on rare earth exports announced on the 9th, the April rules stayed.',
    never: [],
    expect: [['additional restrictions on rare earth exports', 'china-rare-earth-export-controls-october-2025']],
  },
  {
    text: 'Carmakers worried about China’s tightened export controls on rare earths and battery materials.',
    never: ['export controls on rare earths'],
  },
  {
    text: 'Vice Premier He Lipeng met the US delegation in Geneva on Saturday.',
    never: [],
    expect: [['He Lipeng', 'he-lifeng']],
  },
  {
    text: 'Li said London implemented the consensus of the phone call on June 5th. The board met in a call on June 5 to approve the budget.',
    never: ['call on June 5'],
    expect: [['phone call on June 5th', 'trump-xi-phone-call-june-2025']],
  },
  {
    text: 'Xi had invited Trump to China during their June 5 conversation.',
    never: [],
    expect: [['June 5 conversation', 'trump-xi-phone-call-june-2025']],
  },
  {
    text: 'The London talks with Chinese officials ran late; the delegations left Lancaster House at midnight.',
    never: [],
    expect: [
      ['London talks', 'london-talks-2025'],
      ['Lancaster House', 'london-talks-2025'],
    ],
  },
  { text: 'The Lancaster House agreement of 1979 ended the Rhodesian war after talks.', never: ['Lancaster House'] },
  {
    text: 'Bessent and He Lifeng agreed to cut tariffs after talks in Switzerland.',
    never: [],
    expect: [['talks in Switzerland', 'geneva-talks-2025']],
  },
  {
    text: 'Iranian and American envoys held talks in Switzerland on the nuclear file.',
    never: ['talks in Switzerland'],
  },
  {
    text: 'Beijing will drop non-tariff countermeasures as agreed in the Geneva joint declaration.',
    never: [],
    expect: [['Geneva joint declaration', 'geneva-joint-statement-2025']],
  },
  {
    text: "China's State Council Tariff Commission raised the rate to 84%. The State Council's tariff commission later cut it.",
    never: ["China's State Council", 'State Council'],
    expect: [
      ["China's State Council Tariff Commission", 'customs-tariff-commission-of-the-state-council'],
      ["State Council's tariff commission", 'customs-tariff-commission-of-the-state-council'],
    ],
  },
  {
    text: 'Trump said he would put 100% tariffs on imports from China from next month.',
    never: [],
    expect: [['100% tariffs on imports from China', 'us-100-percent-tariff-threat-2025']],
  },
  { text: 'Trump threatened a 100% tariff on imported films and on branded drugs.', never: ['100% tariff'] },
  {
    text: 'China will keep its 24% additional tariff on US goods suspended for another year.',
    never: [],
    expect: [['24% additional tariff on US goods', 'tariff-pause-90-day']],
  },
  { text: 'Japan faced a 24% tariff on its cars in April before its deal.', never: ['24% tariff'] },
  {
    text: 'Trump extended the tariff freeze with China by 90 days.',
    never: [],
    expect: [['tariff freeze', 'tariff-pause-90-day']],
  },
  { text: 'The city council voted for a water tariff freeze until spring.', never: ['tariff freeze'] },
  {
    text: 'The two leaders met in Busan and agreed a yearlong truce in the trade war.',
    never: [],
    expect: [['yearlong truce', 'us-china-trade-truce-2025']],
  },
  { text: 'The rebels and the army agreed a yearlong truce in the north.', never: ['yearlong truce'] },
  {
    text: 'Beijing began issuing streamlined rare earth export licences to magnet makers.',
    never: ['rare earth export licences'],
    expect: [['streamlined rare earth export licences', 'china-rare-earth-general-licences']],
  },
  {
    text: 'The sides agreed a preliminary framework deal after two days of talks in Kuala Lumpur.',
    never: [],
    expect: [['talks in Kuala Lumpur', 'kuala-lumpur-talks-2025']],
  },
  {
    text: 'Anwar and Trump held trade talks in Kuala Lumpur on a tariff deal for Malaysia.',
    never: ['talks in Kuala Lumpur', 'Kuala Lumpur'],
  },
  {
    text: 'Li Chenggang said the sides reached a preliminary consensus in Kuala Lumpur.',
    never: [],
    expect: [['preliminary consensus', 'us-china-trade-deal-november-2025']],
  },
  { text: 'Lawmakers reached a preliminary consensus on the budget.', never: ['preliminary consensus'] },
  {
    text: 'Trump floated 80% instead of the current 145 percent levies on Chinese goods.',
    never: [],
    expect: [['145 percent levies', 'us-tariffs-on-china-145-percent']],
  },
  {
    text: 'Commerce eased restrictions on aircraft engine exports to COMAC in July.',
    never: ['aircraft engine'],
    expect: [['restrictions on aircraft engine exports', 'us-export-controls-jet-engines-2025']],
  },
  {
    text: 'The Paris meetings between Bessent and He Lifeng prepared the summit.',
    never: [],
    expect: [['Paris meetings', 'paris-talks-2026']],
  },
  {
    text: 'Before their meeting in Stockholm, China and the US agreed to extend the truce.',
    never: [],
    expect: [['meeting in Stockholm', 'stockholm-talks-2025']],
  },
  { text: 'The Nobel committee held a meeting in Stockholm to pick the laureate.', never: ['meeting in Stockholm'] },
  {
    text: 'Xinhua published the Stockholm joint statement extending the tariff truce.',
    never: [],
    expect: [['Stockholm joint statement', 'stockholm-talks-2025']],
  },
  {
    text: 'The move came after talks in Paris between Chinese Commerce Minister Wang Wentao and EU trade chief Maros Sefcovic.',
    never: ['talks in Paris'],
    expect: [['Wang Wentao', 'wang-wentao']],
  },
  {
    text: 'Bessent and He Lifeng held talks in Paris on the soybean purchases.',
    never: [],
    expect: [['talks in Paris', 'paris-talks-2026']],
  },
  {
    text: 'On October 10, China expanded its rare earth export restrictions to cover military uses.',
    never: [],
    expect: [['expanded its rare earth export restrictions', 'china-rare-earth-export-controls-october-2025']],
  },
  {
    text: 'The Senate in Canberra passed the housing bill after Labor struck a deal with the Greens.',
    never: ['Senate'],
  },
  {
    text: 'Senator Escudero said the Senate would hold hearings on the flood control scandal.',
    never: ['Senate'],
  },
  {
    text: 'The Senate voted to end the tariffs on Canada as four Republicans broke ranks.',
    never: [],
    expect: [['Senate', 'us-senate']],
  },
  { text: 'The Yankees GM said the club would stand pat at the deadline, and an assistant GM agreed.', never: ['GM'] },
  {
    text: 'GM cut output at its Mexican truck plant after the tariffs.',
    never: [],
    expect: [['GM', 'general-motors']],
  },
  { text: 'Dry AMD progresses slowly, and AMD is a leading cause of vision loss.', never: ['AMD'] },
  {
    text: 'AMD needs a licence to ship its MI308 chips to China.',
    never: [],
    expect: [['AMD', 'amd']],
  },
  { text: 'FT: Arsenal 2-1 Chelsea after a late winner from the spot.', never: ['FT'] },
  {
    text: 'The FT reported that the talks had stalled.',
    never: [],
    expect: [['FT', 'financial-times']],
  },
  {
    text: 'Mercedes driver George Russell took pole, and Mercedes locked out the front row in Shanghai.',
    never: ['Mercedes'],
  },
  { text: 'The Falcons play their home games at Mercedes-Benz Stadium.', never: ['Mercedes-Benz'] },
  {
    text: 'Mercedes warned suppliers that rare earth shortages could halt production.',
    never: [],
    expect: [['Mercedes', 'mercedes-benz']],
  },
  { text: 'A former leader of the CPC backed Poilievre, and advertisers paid a higher CPC.', never: ['CPC'] },
  {
    text: 'The CPC leadership under Xi Jinping set new goals.',
    never: [],
    expect: [['CPC', 'communist-party-of-china']],
  },
  {
    text: 'Patients on lithium therapy need their lithium levels checked to avoid lithium toxicity.',
    never: ['lithium'],
  },
  { text: 'She took AP Biology and passed three AP exams.', never: ['AP'] },
  { text: 'The science museum ran a Tesla coil that threw long sparks.', never: ['Tesla'] },
  { text: 'The vase was cobalt blue, and he drove a Chevrolet Cobalt.', never: ['cobalt', 'Cobalt'] },
  {
    text: 'He would not pay a nickel for it, the fees nickel-and-dime shoppers, and a nickel allergy causes rashes.',
    never: ['nickel'],
  },
  {
    text: 'Nickel prices rose as Indonesia cut smelter output.',
    never: [],
    expect: [['Nickel', 'nickel']],
  },
  { text: 'Embers glowed among the hot coals of the campfire.', never: ['coals', 'coal'] },
  { text: 'The Portland Timbers won at home, and the Timber Rattlers lost.', never: ['Timbers', 'Timber'] },
  { text: 'Kids ran through the corn maze, and a podiatrist treated the corns on her toes.', never: ['corn', 'corns'] },
  { text: 'The two rappers had beef with each other for years.', never: ['beef'] },
  {
    text: 'The lecture was lost in the drone of the engines, and drone bees left the hive.',
    never: ['drone', 'drone bees'],
  },
  {
    text: 'A delivery drone on the way to the dorm stopped, and China curbed drone exports.',
    never: [],
    expect: [['drone', 'drones']],
  },
  { text: 'HC Davos won again, and skiers love Davos and Klosters.', never: ['Davos'] },
  {
    text: 'The Iowa Department of Agriculture and the Philippine Department of Agriculture reported bird flu.',
    never: ['Department of Agriculture'],
  },
  {
    text: 'The Department of Agriculture said China bought soybeans.',
    never: [],
    expect: [['Department of Agriculture', 'us-department-of-agriculture']],
  },
  { text: 'The California Department of Justice sued the landlord.', never: ['Department of Justice'] },
  {
    text: "Britain's Department of Energy Security and Net Zero published new figures.",
    never: ['Department of Energy'],
  },
  {
    text: 'The Pennsylvania Department of State certified the results, and the Department of State Health Services issued a warning.',
    never: ['Department of State'],
  },
  { text: 'The stock trades at a low EV/EBITDA multiple.', never: ['EV'] },
  { text: 'Apple picking season ends with the first frost, and Apple cider is on sale.', never: ['Apple'] },
  {
    text: 'The GPU hierarchy ranks gaming GPUs for 1440p play, including the Blackwell RTX cards.',
    never: ['GPU', 'GPUs', 'Blackwell'],
  },
  { text: 'The nursing home was refinanced with a HUD Section 232 loan.', never: ['Section 232'] },
  {
    text: 'Section 301 of the Federal Food, Drug, and Cosmetic Act bans adulterated food.',
    never: ['Section 301'],
  },
  {
    text: 'Jamieson Greer spoke on Monday. Greer County voters later read Germaine Greer.',
    never: ['Greer'],
    expect: [['Jamieson Greer', 'jamieson-greer']],
  },
  { text: 'A steel drum band played in the Steel City.', never: ['steel', 'Steel'] },
  { text: 'They skied at Copper Mountain all week.', never: ['Copper'] },
  { text: 'Micron-sized particles drift in the air.', never: ['Micron'] },
  {
    text: 'The EUV cameras on the solar observatory caught the flare in extreme ultraviolet light.',
    never: ['EUV', 'extreme ultraviolet'],
  },
  {
    text: 'ASML cannot ship EUV machines to China.',
    never: [],
    expect: [['EUV machines', 'euv-lithography']],
  },
  {
    text: 'The Illinois State Council on Aging met, and the State Council of Higher Education for Virginia approved the plan.',
    never: ['State Council'],
  },
  {
    text: 'The State Council in Beijing approved the new export controls.',
    never: [],
    expect: [['State Council', 'china-state-council']],
  },
  { text: 'Register your dog’s microchip, because an unregistered microchip is useless.', never: ['microchip'] },
  {
    text: 'A microchip shortage hit carmakers in China.',
    never: [],
    expect: [['microchip', 'semiconductors']],
  },
  {
    text: 'Lithium is a mood stabilizer, and a doctor will watch for lithium side effects.',
    never: ['Lithium', 'lithium'],
  },
  {
    text: 'Lithium prices fell as Chinese refiners cut output.',
    never: [],
    expect: [['Lithium', 'lithium']],
  },
  { text: 'Two community steel bands played on steel pans.', never: ['steel'] },
  {
    text: 'Jerome Powell spoke after Colin Powell’s memoir came out; Peter Navarro met Dave Navarro.',
    never: ['Powell', 'Navarro'],
    expect: [
      ['Jerome Powell', 'jerome-powell'],
      ['Peter Navarro', 'peter-navarro'],
    ],
  },
  {
    text: 'Mark Carney praised Art Carney; Brooke Rollins heard Henry Rollins play.',
    never: ['Carney', 'Rollins'],
    expect: [
      ['Mark Carney', 'mark-carney'],
      ['Brooke Rollins', 'brooke-rollins'],
    ],
  },
  {
    text: 'MP Materials opened a magnet plant, and the Labour MP for Leeds welcomed it.',
    never: ['MP'],
    expect: [['MP Materials', 'mp-materials']],
  },
  {
    text: 'The European Commission on Human Rights heard the case in 1990.',
    never: ['European Commission'],
  },
  {
    text: 'The bill has a Senate companion, which was referred to the Senate Committee on Banking, Housing, and Urban Affairs.',
    never: [],
    expect: [['Senate', 'us-senate']],
  },
  {
    text: 'DUV lithography machines are the second-most advanced microchip-making machines.',
    never: [],
    expect: [['microchip', 'semiconductors']],
  },
  {
    text: 'It put $625 million into the Thacker Pass project last year for a 38% stake, giving it rights to purchase all lithium from the first phase.',
    never: [],
    expect: [['lithium', 'lithium']],
  },
];

/** Mentions known to be wrong in the pages of the readability corpus: [page, text]. */
export const CORPUS_TRAPS: ReadonlyArray<readonly [string, string]> = [
  ['archive-of-our-own', 'Apple'], // the user name "Ring_Apple"
  ['archive-of-our-own', 'soy'], // the user name "soy_un_sombrero"
  ['cnn', 'DJI'], // the Dow Jones Industrial Average's index company, not the drone maker
  ['la-nacion', 'Soy'], // Spanish "I am"
  ['engadget', 'GPU'], // a gaming graphics card, not an export-controlled AI chip
  ['quanta-1', 'Congress'], // the Library of Congress
  ['bug-1255978', 'Supreme Court'], // the UK Supreme Court on the EU referendum
  ['bug-1255978', 'Steel'], // the comedian Mark Steel
  ['wikipedia-2', 'Supreme Court'], // New Zealand's Supreme Court
  ['wikipedia-2', 'House of Representatives'], // New Zealand's parliament
  ['herald-sun-1', 'House of Representatives'], // Australia's parliament
  ['schema-org-context-object', 'Supreme Court'], // South Korea's Supreme Court
  ['herald-sun-1', 'Senate'], // Australia's Senate
  ['keep-tabular-data', 'Tesla'], // Tesla poles, after the inventor
  ['clean-links', 'coals'], // embers in a fire
];
