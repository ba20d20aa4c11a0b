"""Country names (lower-cased), the one list: the extractor's speakers and the core layer's name folding
("Sudan" is a country, never a surname of "South Sudan") both read it."""

COUNTRIES = {
    c.lower()
    for c in (
        "Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Belarus|Belgium|"
        "Bosnia|Brazil|Britain|Bulgaria|Canada|Chile|China|Colombia|Croatia|Cuba|Cyprus|Czechia|"
        "Denmark|Egypt|Estonia|Ethiopia|Finland|France|Georgia|Germany|Greece|Hungary|Iceland|India|"
        "Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Latvia|Lebanon|"
        "Libya|Lithuania|Luxembourg|Malta|Mexico|Moldova|Montenegro|Morocco|Netherlands|Nigeria|"
        "Norway|Pakistan|Poland|Portugal|Qatar|Romania|Russia|Serbia|Slovakia|Slovenia|Spain|Sweden|"
        "Switzerland|Syria|Taiwan|Turkey|Türkiye|Ukraine|Venezuela|Vietnam|Yemen|Palestine|Belgium|"
        "Saudi Arabia|South Africa|South Korea|North Korea|New Zealand|United States|United Kingdom|"
        "Czech Republic|North Macedonia|Macedonia|Philippines|Thailand|Malaysia|Singapore|Bangladesh|"
        # the rest of the UN members, and a few territories that speak for themselves
        "Andorra|Angola|Antigua and Barbuda|Bahamas|Bahrain|Barbados|Belize|Benin|Bhutan|Bolivia|Botswana|"
        "Brunei|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Central African Republic|Chad|"
        "Comoros|Congo|Costa Rica|Côte d'Ivoire|Ivory Coast|Djibouti|Dominica|Dominican Republic|Ecuador|"
        "El Salvador|Equatorial Guinea|Eritrea|Eswatini|Fiji|Gabon|Gambia|Ghana|Grenada|Guatemala|Guinea|"
        "Guinea-Bissau|Guyana|Haiti|Honduras|Jamaica|Kiribati|Kuwait|Kyrgyzstan|Laos|Lesotho|Liberia|"
        "Liechtenstein|Madagascar|Malawi|Maldives|Mali|Marshall Islands|Mauritania|Mauritius|Micronesia|"
        "Monaco|Mongolia|Mozambique|Myanmar|Namibia|Nauru|Nepal|Nicaragua|Niger|Oman|Palau|Panama|"
        "Papua New Guinea|Paraguay|Peru|Rwanda|Saint Lucia|Samoa|San Marino|Senegal|Seychelles|"
        "Sierra Leone|Solomon Islands|Somalia|South Sudan|Sri Lanka|Sudan|Suriname|Tajikistan|Tanzania|"
        "Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Tuvalu|Uganda|United Arab Emirates|"
        "Uruguay|Uzbekistan|Vanuatu|Zambia|Zimbabwe|Greenland|Faroe Islands|Hong Kong|Scotland|Wales|England|"
        "Northern Ireland|Puerto Rico"
    ).split("|")
}
