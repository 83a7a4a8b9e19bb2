package extract

// setID is a word set ("set-NAME: …" in a lexicon file) that rules ask
// about by name. The lexicon resolves the names once, when it loads
// (lexicon.bySet): d.inSet(setCopula, w) looks no name up, where a
// lookup of "copula" on each call cost about 1.6% of the extraction time.
type setID int

// The sets the rules ask about, in the order of their names.
const (
	setActdocument setID = iota
	setAddresses
	setAddsto
	setAdjending
	setAftercopula
	setAfterinfinitive
	setAnaphor
	setApproximator
	setArticlelike
	setAscomments
	setAsks
	setAspect
	setAwayout
	setBarelink
	setBecameknown
	setBeforesay
	setBills
	setBodes
	setBodies
	setCalled
	setCalls
	setCallsas
	setCausative
	setCausesspeech
	setChannelverb
	setChargeof
	setClausejoin
	setClauseonly
	setColonlabel
	setComes
	setConcessive
	setConnective
	setContinues
	setCoordadverb
	setCopeswith
	setCopula
	setCounselson
	setCountnoun
	setDativedet
	setDativepronoun
	setDaypart
	setDaytime
	setDeclares
	setDegree
	setDocmodifier
	setDummysubject
	setEnparticiple
	setEvent
	setExpectedcue
	setExpletive
	setExpresses
	setExtraposes
	setFee
	setFeelingprep
	setFinding
	setFirstreport
	setForconnective
	setFreerelative
	setFromsource
	setFronting
	setFrontprep
	setGathering
	setGeneric
	setGermanbody
	setGermangroup
	setGermanperson
	setGermanshe
	setGoon
	setGroupprep
	setHearsayfrom
	setHypothetical
	setIdiomafterto
	setInaccordance
	setInsertedcue
	setKin
	setKnownfor
	setKonjunktiv2verb
	setKorrelat
	setLanguage
	setLeaning
	setLets
	setLightverb
	setLinking
	setLocative
	setLynoun
	setMargin
	setMaxim
	setMessage
	setMidadverb
	setModal
	setMonth
	setMoodverb
	setNameinfinitive
	setNamesquote
	setNearly
	setNeedsclause
	setNeedscomma
	setNeedsdass
	setNeedsdavonaus
	setNeedsesfür
	setNeedsopinion
	setNeedsthat
	setNegatedcontent
	setNotas
	setNotchannel
	setNounagainst
	setNounmodifier
	setObjectclause
	setOccasion
	setOnlythat
	setOpenquestion
	setOpinion
	setOutlet
	setOutletnoun
	setOwnpiece
	setParticipleadverb
	setParticipleprep
	setParticle
	setPartitive
	setPassiveonly
	setPeoplefigure
	setPastverb
	setPhrasebeforeclause
	setPlaceopener
	setPlannedcourse
	setPluraladj
	setPluraldet
	setPluralonly
	setPluralquantifier
	setPluraltitle
	setPluralverb
	setPointintime
	setPoll
	setPollhead
	setPossessive
	setPostmodifier
	setPosts
	setPrepbeforeto
	setPress
	setProposes
	setProves
	setQuantsubject
	setQuestion
	setQuotecue
	setQuotingwords
	setRefersback
	setRejected
	setRejects
	setRelativehead
	setReleases
	setReputation
	setRestores
	setRolenoun
	setRoughly
	setSaidgroup
	setSeem
	setSeenas
	setSends
	setShowkind
	setShowsource
	setSignals
	setSite
	setSlogan
	setSpeaksof
	setSpokenthing
	setSubjectadverb
	setSubjectstop
	setSubordinate
	setSumsup
	setSung
	setSurnameparticle
	setTakesto
	setTalknoun
	setTellsclause
	setTellsdative
	setTellsto
	setTerm
	setTerms
	setTimebefore
	setTimebeforenach
	setTimeopen
	setTimepasses
	setTimeprep
	setTimestretch
	setTitledescription
	setTitleprefix
	setTitlesmall
	setUndergone
	setVerbsubject
	setVerdict
	setViewholder
	setVoiced
	setWarns
	setWebdomain
	setWeekday
	setWhereby
	setWhereprep
	setWinner
	setWithholds
	setWithnoun
	setWrites
	setWrittenworks
	numSets // the number of sets, not a set
)

// setNames are the names of the sets, by setID.
var setNames = [numSets]string{
	setActdocument:        "actdocument",
	setAddresses:          "addresses",
	setAddsto:             "addsto",
	setAdjending:          "adjending",
	setAftercopula:        "aftercopula",
	setAfterinfinitive:    "afterinfinitive",
	setAnaphor:            "anaphor",
	setApproximator:       "approximator",
	setArticlelike:        "articlelike",
	setAscomments:         "ascomments",
	setAsks:               "asks",
	setAspect:             "aspect",
	setAwayout:            "awayout",
	setBarelink:           "barelink",
	setBecameknown:        "becameknown",
	setBeforesay:          "beforesay",
	setBills:              "bills",
	setBodes:              "bodes",
	setBodies:             "bodies",
	setCalled:             "called",
	setCalls:              "calls",
	setCallsas:            "callsas",
	setCausative:          "causative",
	setCausesspeech:       "causesspeech",
	setChannelverb:        "channelverb",
	setChargeof:           "chargeof",
	setClausejoin:         "clausejoin",
	setClauseonly:         "clauseonly",
	setColonlabel:         "colonlabel",
	setComes:              "comes",
	setConcessive:         "concessive",
	setConnective:         "connective",
	setContinues:          "continues",
	setCoordadverb:        "coordadverb",
	setCopeswith:          "copeswith",
	setCopula:             "copula",
	setCounselson:         "counselson",
	setCountnoun:          "countnoun",
	setDativedet:          "dativedet",
	setDativepronoun:      "dativepronoun",
	setDaypart:            "daypart",
	setDaytime:            "daytime",
	setDeclares:           "declares",
	setDegree:             "degree",
	setDocmodifier:        "docmodifier",
	setDummysubject:       "dummysubject",
	setEnparticiple:       "enparticiple",
	setEvent:              "event",
	setExpectedcue:        "expectedcue",
	setExpletive:          "expletive",
	setExpresses:          "expresses",
	setExtraposes:         "extraposes",
	setFee:                "fee",
	setFeelingprep:        "feelingprep",
	setFinding:            "finding",
	setFirstreport:        "firstreport",
	setForconnective:      "forconnective",
	setFreerelative:       "freerelative",
	setFromsource:         "fromsource",
	setFronting:           "fronting",
	setFrontprep:          "frontprep",
	setGathering:          "gathering",
	setGeneric:            "generic",
	setGermanbody:         "germanbody",
	setGermangroup:        "germangroup",
	setGermanperson:       "germanperson",
	setGermanshe:          "germanshe",
	setGoon:               "goon",
	setGroupprep:          "groupprep",
	setHearsayfrom:        "hearsayfrom",
	setHypothetical:       "hypothetical",
	setIdiomafterto:       "idiomafterto",
	setInaccordance:       "inaccordance",
	setInsertedcue:        "insertedcue",
	setKin:                "kin",
	setKnownfor:           "knownfor",
	setKonjunktiv2verb:    "konjunktiv2verb",
	setKorrelat:           "korrelat",
	setLanguage:           "language",
	setLeaning:            "leaning",
	setLets:               "lets",
	setLightverb:          "lightverb",
	setLinking:            "linking",
	setLocative:           "locative",
	setLynoun:             "lynoun",
	setMargin:             "margin",
	setMaxim:              "maxim",
	setMessage:            "message",
	setMidadverb:          "midadverb",
	setModal:              "modal",
	setMonth:              "month",
	setMoodverb:           "moodverb",
	setNameinfinitive:     "nameinfinitive",
	setNamesquote:         "namesquote",
	setNearly:             "nearly",
	setNeedsclause:        "needsclause",
	setNeedscomma:         "needscomma",
	setNeedsdass:          "needsdass",
	setNeedsdavonaus:      "needsdavonaus",
	setNeedsesfür:         "needsesfür",
	setNeedsopinion:       "needsopinion",
	setNeedsthat:          "needsthat",
	setNegatedcontent:     "negatedcontent",
	setNotas:              "notas",
	setNotchannel:         "notchannel",
	setNounagainst:        "nounagainst",
	setNounmodifier:       "nounmodifier",
	setObjectclause:       "objectclause",
	setOccasion:           "occasion",
	setOnlythat:           "onlythat",
	setOpenquestion:       "openquestion",
	setOpinion:            "opinion",
	setOutlet:             "outlet",
	setOutletnoun:         "outletnoun",
	setOwnpiece:           "ownpiece",
	setParticipleadverb:   "participleadverb",
	setParticipleprep:     "participleprep",
	setParticle:           "particle",
	setPartitive:          "partitive",
	setPassiveonly:        "passiveonly",
	setPeoplefigure:       "peoplefigure",
	setPastverb:           "pastverb",
	setPhrasebeforeclause: "phrasebeforeclause",
	setPlaceopener:        "placeopener",
	setPlannedcourse:      "plannedcourse",
	setPluraladj:          "pluraladj",
	setPluraldet:          "pluraldet",
	setPluralonly:         "pluralonly",
	setPluralquantifier:   "pluralquantifier",
	setPluraltitle:        "pluraltitle",
	setPluralverb:         "pluralverb",
	setPointintime:        "pointintime",
	setPoll:               "poll",
	setPollhead:           "pollhead",
	setPossessive:         "possessive",
	setPostmodifier:       "postmodifier",
	setPosts:              "posts",
	setPrepbeforeto:       "prepbeforeto",
	setPress:              "press",
	setProposes:           "proposes",
	setProves:             "proves",
	setQuantsubject:       "quantsubject",
	setQuestion:           "question",
	setQuotecue:           "quotecue",
	setQuotingwords:       "quotingwords",
	setRefersback:         "refersback",
	setRejected:           "rejected",
	setRejects:            "rejects",
	setRelativehead:       "relativehead",
	setReleases:           "releases",
	setReputation:         "reputation",
	setRestores:           "restores",
	setRolenoun:           "rolenoun",
	setRoughly:            "roughly",
	setSaidgroup:          "saidgroup",
	setSeem:               "seem",
	setSeenas:             "seenas",
	setSends:              "sends",
	setShowkind:           "showkind",
	setShowsource:         "showsource",
	setSignals:            "signals",
	setSite:               "site",
	setSlogan:             "slogan",
	setSpeaksof:           "speaksof",
	setSpokenthing:        "spokenthing",
	setSubjectadverb:      "subjectadverb",
	setSubjectstop:        "subjectstop",
	setSubordinate:        "subordinate",
	setSumsup:             "sumsup",
	setSung:               "sung",
	setSurnameparticle:    "surnameparticle",
	setTakesto:            "takesto",
	setTalknoun:           "talknoun",
	setTellsclause:        "tellsclause",
	setTellsdative:        "tellsdative",
	setTellsto:            "tellsto",
	setTerm:               "term",
	setTerms:              "terms",
	setTimebefore:         "timebefore",
	setTimebeforenach:     "timebeforenach",
	setTimeopen:           "timeopen",
	setTimepasses:         "timepasses",
	setTimeprep:           "timeprep",
	setTimestretch:        "timestretch",
	setTitledescription:   "titledescription",
	setTitleprefix:        "titleprefix",
	setTitlesmall:         "titlesmall",
	setUndergone:          "undergone",
	setVerbsubject:        "verbsubject",
	setVerdict:            "verdict",
	setViewholder:         "viewholder",
	setVoiced:             "voiced",
	setWarns:              "warns",
	setWebdomain:          "webdomain",
	setWeekday:            "weekday",
	setWhereby:            "whereby",
	setWhereprep:          "whereprep",
	setWinner:             "winner",
	setWithholds:          "withholds",
	setWithnoun:           "withnoun",
	setWrites:             "writes",
	setWrittenworks:       "writtenworks",
}
