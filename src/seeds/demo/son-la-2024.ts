// Facts of Son La's 2024 emulation movement, taken from shared/data/son-la-2024.json (itself from the seed documents).
// Kept in the source tree so the demo start needs nothing outside the repository.

export const SON_LA_2024 = {
  about:
    "Facts taken from the documents in ../seeds (English translations of Vietnamese provincial news and Directive No. 01/CT-UBND of 3 January 2024 of the Chairman of the People's Committee of Son La province). Use them for demo data, fixtures and acceptance scenarios. Vietnamese names are given where the wording is the standard one; 'en' is the wording of the source.",
  province: {
    code: 'SL',
    name_vi: 'Tỉnh Sơn La',
    name_en: 'Son La province',
    communes_total: 188,
    examples_of_units: [
      {
        kind: 'city',
        name_en: 'Son La city',
        name_vi: 'Thành phố Sơn La',
      },
      {
        kind: 'district',
        name_en: 'Quynh Nhai district',
        name_vi: 'Huyện Quỳnh Nhai',
        communes: 11,
      },
      {
        kind: 'district',
        name_en: 'Phu Yen district',
        name_vi: 'Huyện Phù Yên',
      },
      {
        kind: 'district',
        name_en: 'Muong La district',
        name_vi: 'Huyện Mường La',
      },
      {
        kind: 'district',
        name_en: 'Sop Cop district',
        name_vi: 'Huyện Sốp Cộp',
      },
      {
        kind: 'commune',
        name_en: 'Hua La commune',
        name_vi: 'Xã Hua La',
        parent: 'Son La city',
      },
      {
        kind: 'commune',
        name_en: 'Quang Huy commune',
        name_vi: 'Xã Quang Huy',
        parent: 'Phu Yen district',
      },
      {
        kind: 'commune',
        name_en: 'Muong Bu commune',
        name_vi: 'Xã Mường Bú',
        parent: 'Muong La district',
      },
      {
        kind: 'commune',
        name_en: 'Muong Giang commune',
        name_vi: 'Xã Mường Giàng',
        parent: 'Quynh Nhai district',
      },
      {
        kind: 'department',
        name_en: 'Department of Internal Affairs',
        name_vi: 'Sở Nội vụ',
        role: 'presides over monitoring the directive and compiles the yearly report on the emulation movement',
      },
      {
        kind: 'department',
        name_en: 'Department of Information and Communications',
        name_vi: 'Sở Thông tin và Truyền thông',
      },
      {
        kind: 'department',
        name_en: 'Department of Agriculture and Rural Development',
        name_vi: 'Sở Nông nghiệp và Phát triển nông thôn',
      },
      {
        kind: 'office',
        name_en: "Provincial People's Committee Office",
        name_vi: 'Văn phòng UBND tỉnh',
      },
    ],
  },
  directive: {
    number: '01/CT-UBND',
    date: '2024-01-03',
    issuer_en: "Chairman of the People's Committee of Son La province",
    issuer_vi: 'Chủ tịch Ủy ban nhân dân tỉnh Sơn La',
    subject_en: 'Launching the emulation movement for 2024',
    theme_en:
      'Unity, discipline, innovation, creativity, promoting emulation to successfully implement the socio-economic development plan, gradually building Son La province into a green, rapid and sustainable development.',
    reporting_duty_en:
      "The Department of Internal Affairs organises, monitors, inspects and urges implementation, and compiles a report on the results of the emulation movement in 2024 to the Chairman of the Provincial People's Committee.",
    commendation_priority_en:
      'Focus on commending grassroots units, small groups, workers, farmers and direct labourers who have shown great creativity in their work, combat and production; commendation must be accurate, timely, transparent and educational.',
  },
  targets_2024: [
    {
      code: 'T01',
      name_en: 'Economic growth rate',
      value: 7.5,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T02',
      name_en: 'Average GRDP per capita',
      value: 55.5,
      unit: 'million VND/person/year',
      direction: 'at_least',
    },
    {
      code: 'T03',
      name_en: 'Total social investment capital',
      value: 20000,
      unit: 'billion VND',
      direction: 'at_least',
    },
    {
      code: 'T04a',
      name_en: 'Economic structure: agriculture, forestry and fisheries share',
      value: 25,
      unit: '%',
      direction: 'about',
    },
    {
      code: 'T04b',
      name_en: 'Economic structure: industry and construction share',
      value: 26.5,
      unit: '%',
      direction: 'about',
    },
    {
      code: 'T04c',
      name_en: 'Economic structure: services share',
      value: 41.7,
      unit: '%',
      direction: 'about',
    },
    {
      code: 'T05',
      name_en: 'Value of goods participating in exports',
      value: 196.1,
      unit: 'million USD',
      direction: 'at_least',
    },
    {
      code: 'T06',
      name_en: 'Total retail sales of goods (current prices)',
      value: 33800,
      unit: 'billion VND',
      direction: 'at_least',
    },
    {
      code: 'T07',
      name_en: 'Budget revenue collected in the area',
      value: 4450,
      unit: 'billion VND',
      direction: 'at_least',
    },
    {
      code: 'T08',
      name_en: 'Urbanization rate',
      value: 18,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T09',
      name_en: 'Tourists visiting the area',
      value: 4.8,
      unit: 'million people',
      direction: 'at_least',
    },
    {
      code: 'T10',
      name_en: 'Revenue from tourism',
      value: 5500,
      unit: 'billion VND',
      direction: 'at_least',
    },
    {
      code: 'T11a',
      name_en: 'Proportion of trained workers',
      value: 63,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T11b',
      name_en: 'Proportion of workers with degrees or certificates',
      value: 28,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T12',
      name_en: 'Poverty rate (2021-2025 poverty standard)',
      value: 11.41,
      unit: '%',
      direction: 'at_most',
    },
    {
      code: 'T13a',
      name_en: 'Communes newly meeting new rural standards in the year',
      value: 6,
      unit: 'communes',
      direction: 'at_least',
    },
    {
      code: 'T13b',
      name_en: 'Total communes meeting new rural standards',
      value: 70,
      unit: 'communes',
      direction: 'at_least',
    },
    {
      code: 'T14a',
      name_en: 'Hospital beds per 10,000 people',
      value: 30.6,
      unit: 'beds/10,000 people',
      direction: 'at_least',
    },
    {
      code: 'T14b',
      name_en: 'Doctors per 10,000 people',
      value: 8.75,
      unit: 'doctors/10,000 people',
      direction: 'at_least',
    },
    {
      code: 'T14c',
      name_en: 'Communes and wards meeting national health criteria',
      value: 39.7,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T15',
      name_en: 'Natural population growth rate',
      value: 1.09,
      unit: '%',
      direction: 'at_most',
    },
    {
      code: 'T16',
      name_en: 'People with health insurance cards',
      value: 96.1,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T17',
      name_en: 'Schools meeting national standards',
      value: 66.1,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T18',
      name_en: "Agencies, businesses and schools meeting the 'Safety and Security' standard",
      value: 95,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T19',
      name_en:
        "Residential areas, communes, wards and towns meeting the 'Safe in terms of security and order' standard",
      value: 90.2,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T20',
      name_en: 'People using the Internet',
      value: 48.56,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T21a',
      name_en: "Families achieving the 'cultural family' title",
      value: 74.5,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T21b',
      name_en: 'Sub-districts and residential areas meeting cultural standards',
      value: 65,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T22a',
      name_en: 'Urban household solid waste collected and treated',
      value: 92,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T22b',
      name_en: 'Rural household solid waste collected',
      value: 86,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T23a',
      name_en: 'Urban population with access to clean water',
      value: 93.84,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T23b',
      name_en: 'Rural population with access to hygienic domestic water',
      value: 99.0,
      unit: '%',
      direction: 'at_least',
    },
    {
      code: 'T24',
      name_en: 'Forest cover rate (kept stable)',
      value: 48,
      unit: '%',
      direction: 'at_least',
    },
  ],
  movements: [
    {
      name_vi: 'Cả nước chung sức xây dựng nông thôn mới',
      name_en: 'The whole country joins hands to build new rural areas',
      kind: 'regular',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Sơn La chung sức xây dựng nông thôn mới nâng cao, kiểu mẫu',
      name_en: 'Son La joins hands to build advanced and exemplary new rural areas',
      kind: 'thematic',
    },
    {
      name_vi: 'Vì người nghèo - Không để ai bị bỏ lại phía sau',
      name_en: 'For the poor - Leaving no one behind',
      kind: 'regular',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí',
      name_en:
        'Promoting the development of synchronous and modern infrastructure; practicing thrift and combating waste',
      kind: 'regular',
      launched_by_en: 'Prime Minister',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Toàn dân tham gia phòng, chống ma túy',
      name_en: 'All citizens participate in drug prevention and control',
      kind: 'regular',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Thu hút đầu tư',
      name_en: 'Attracting investment',
      kind: 'thematic',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Sơn La phát triển du lịch bền vững và hội nhập',
      name_en: 'Son La develops sustainable and integrated tourism',
      kind: 'thematic',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Đẩy mạnh cải cách hành chính nhà nước',
      name_en: 'Promoting reforms in state administration',
      kind: 'thematic',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Thực hiện chuyển đổi số',
      name_en: 'Implementing digital transformation',
      kind: 'thematic',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Doanh nghiệp, hợp tác xã, hộ gia đình, nông dân tỉnh Sơn La sản xuất, kinh doanh nông nghiệp giỏi',
      name_en:
        'Businesses, cooperatives, households and farmers in Son La province excel in agricultural production and business',
      kind: 'thematic',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Dân vận khéo',
      name_en: 'Skilled mass mobilization',
      kind: 'regular',
    },
    {
      name_vi: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
      name_en: 'Cadres, civil servants and public employees compete to implement office culture',
      kind: 'regular',
      legal_basis_en: 'Decision No. 733/QD-TTg of 14 June 2019 of the Prime Minister',
    },
    {
      name_vi: 'Cả nước thi đua xây dựng xã hội học tập',
      name_en: 'The whole country competes to build a learning society',
      kind: 'regular',
    },
    {
      name_vi: 'Dạy tốt - Học tốt',
      name_en: 'Teach well - Study well',
      kind: 'regular',
      sector: 'education',
    },
    {
      name_vi: 'Thầy thuốc như mẹ hiền',
      name_en: 'Doctors are like mothers',
      kind: 'regular',
      sector: 'health',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Lực lượng vũ trang thi đua lập công',
      name_en: 'Armed forces compete to make achievements for the Party',
      kind: 'regular',
      sector: 'armed forces',
    },
    {
      // Vietnamese title translated here from the English source (confirm with the province's directive).
      name_vi: 'Xóa nhà tạm, nhà dột nát giai đoạn 2020 - 2025',
      name_en: 'Eliminating temporary and dilapidated houses 2020-2025',
      kind: 'special',
      result_en: '3,058 houses supported (2,653 new, 405 repaired), 221 more than the target',
    },
  ],
  progress_facts: [
    {
      en: 'By end of June 2024: 65 communes meet new rural standards, 8 communes meet advanced new rural standards, 57 villages and sub-areas recognised.',
    },
    {
      en: 'By mid 2025: 74 communes meet new rural standards, 11 advanced; 82 villages meet new rural standards, 28 of them model villages; Quynh Nhai district 11/11 communes.',
    },
    {
      en: 'Resolution target for end of 2025: 83 communes and 1 district meeting new rural standards.',
    },
    {
      en: 'Poverty rate reduced to 10%, average reduction over 3% per year; multidimensional poverty rate 2025 estimated 7.89%.',
    },
  ],
  award_ceremony_example: {
    source_en: 'Ha Tinh province, conference summarising new rural construction 2023, held 21 February 2024',
    award_en: "Certificate of merit of the Chairman of the Provincial People's Committee",
    award_vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    recipients: {
      collectives: 26,
      individuals: 35,
    },
    handed_over_at_main_venue: {
      collectives: 7,
      individuals: 11,
    },
  },
} as const;
