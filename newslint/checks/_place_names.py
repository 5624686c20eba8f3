"""One-word names of countries, capitals and seats of power that news copy uses as the
subject of a statement ("Moscow said", "Ottawa said", "Britain says"): NL306 must not take
them for surnames nobody introduced. Multi-word names need no entry: their first word is
capitalised too, so "New Delhi said" is never a one-word name."""

from __future__ import annotations

from newslint.checks._date_parse import split_words

PLACE_NAMES = frozenset(
    split_words(
        # countries and regions (one word)
        "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria "
        "Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan "
        "Bolivia Bosnia Botswana Brazil Britain Brunei Bulgaria Burundi Cambodia Cameroon "
        "Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark "
        "Djibouti Dominica Ecuador Egypt England Eritrea Estonia Eswatini Ethiopia Europe "
        "Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala "
        "Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland "
        "Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait "
        "Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania "
        "Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius "
        "Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar "
        "Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau "
        "Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia "
        "Rwanda Samoa Scotland Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia "
        "Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand "
        "Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay "
        "Uzbekistan Vanuatu Vatican Venezuela Vietnam Wales Yemen Zambia Zimbabwe "
        # capitals (one word, and the distinctive word of two-word ones)
        "Abuja Accra Algiers Amman Amsterdam Ankara Antananarivo Apia Ashgabat Asmara Astana "
        "Asuncion Asunción Athens Baghdad Baku Bamako Bangkok Bangui Banjul Beijing Beirut "
        "Belgrade Berlin Bern Bishkek Bogota Bogotá Brasilia Brasília Bratislava "
        "Brazzaville Brussels Bucharest Budapest Cairo Canberra Caracas Chisinau Colombo "
        "Conakry Copenhagen Dakar Damascus Delhi Dhaka Dili Dodoma Doha Dublin Dushanbe "
        "Freetown Funafuti Gaborone Georgetown Gitega Hanoi Harare Havana Helsinki Honiara "
        "Islamabad Jakarta Jerusalem Juba Kabul Kampala Kathmandu Khartoum Kiev Kigali "
        "Kingston Kinshasa Kyiv Libreville Lilongwe Lima Lisbon Ljubljana Lome Lomé London "
        "Luanda Lusaka Madrid Majuro Malabo Managua Manama Manila Maputo Maseru Mbabane "
        "Minsk Mogadishu Monrovia Montevideo Moroni Moscow Muscat Nairobi Nassau Naypyidaw "
        "Ndjamena Niamey Nicosia Nouakchott Oslo Ottawa Ouagadougou Paramaribo Paris "
        "Podgorica Prague Praia Pretoria Pristina Pyongyang Quito Rabat Reykjavik Riga "
        "Riyadh Rome Sanaa Santiago Sarajevo Seoul Skopje Sofia Stockholm Suva Taipei "
        "Tallinn Tarawa Tashkent Tbilisi Tegucigalpa Tehran Thimphu Tirana Tokyo Tripoli "
        "Tunis Ulaanbaatar Valletta Vienna Vientiane Vilnius Warsaw Washington Wellington "
        "Windhoek Yaounde Yerevan Zagreb "
        # seats of power and institutions named by their place
        "Geneva Strasbourg Westminster Whitehall Kremlin Pentagon Holyrood Stormont "
        "Malacañang Malacanang Zhongnanhai"
    )
)
