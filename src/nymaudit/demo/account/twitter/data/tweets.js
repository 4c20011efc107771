window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030052413587091330"
          ],
          "editableUntil" : "2026-03-06T23:46:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "3",
      "id_str" : "2030052413587091330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2030052413587091330",
      "created_at" : "Fri Mar 06 22:46:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Three emails today beginning 'as per my last email'. We are at war.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030018590985441220"
          ],
          "editableUntil" : "2026-03-06T21:32:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "2030018590985441220",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2030018590985441220",
      "created_at" : "Fri Mar 06 20:32:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Approved a loft conversion this morning that I'd quite like to live in. Professional jealousy is real.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029655445637375767"
          ],
          "editableUntil" : "2026-03-05T21:29:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "6",
      "id_str" : "2029655445637375767",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2029655445637375767",
      "created_at" : "Thu Mar 05 20:29:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Consultation responses in, all 312 of them. One is a poem. It rhymes 'drainage' with 'damage'. Honestly not bad.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029535216692756685"
          ],
          "editableUntil" : "2026-03-05T13:31:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "localgov",
            "indices" : [
              "91",
              "100"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "4",
      "id_str" : "2029535216692756685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029535216692756685",
      "created_at" : "Thu Mar 05 12:31:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Q&amp;A with the new Director today.  Asked about vacancies.  Got a slide about 'our journey'. #localgov",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027880287284349564"
          ],
          "editableUntil" : "2026-02-28T23:55:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Cllr Anne Kaye (parody)",
            "screen_name" : "CouncillorKaye",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1100000055433166299",
            "id" : "1100000055433166299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "2027880287284349564",
      "truncated" : false,
      "retweet_count" : "47",
      "id" : "2027880287284349564",
      "created_at" : "Sat Feb 28 22:55:11 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @CouncillorKaye: Asked officers for a report on why reports take so long. Awaiting the report.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027701957937120691"
          ],
          "editableUntil" : "2026-02-28T12:06:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "id_str" : "2027701957937120691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027701957937120691",
      "created_at" : "Sat Feb 28 11:06:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Parkrun this morning. Personal worst. Still counts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027498188471970660"
          ],
          "editableUntil" : "2026-02-27T22:36:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah (housing)",
            "screen_name" : "HousingHannah",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000110866332598",
            "id" : "1100000110866332598"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "101"
      ],
      "favorite_count" : "3",
      "id_str" : "2027498188471970660",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2027498188471970660",
      "created_at" : "Fri Feb 27 21:36:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@HousingHannah Completely agree. The housing numbers don't mean much if nobody can afford the houses.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2027479058741113141",
      "in_reply_to_status_id" : "2027479058741113141",
      "in_reply_to_user_id" : "1100000110866332598",
      "in_reply_to_user_id_str" : "1100000110866332598",
      "in_reply_to_screen_name" : "HousingHannah"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026784159680750847"
          ],
          "editableUntil" : "2026-02-25T23:19:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "14",
      "id_str" : "2026784159680750847",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2026784159680750847",
      "created_at" : "Wed Feb 25 22:19:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Kids asleep, dishwasher on, rain outside. Absolute peace. For about four minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2025530005644198284"
          ],
          "editableUntil" : "2026-02-22T12:16:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "9",
      "id_str" : "2025530005644198284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2025530005644198284",
      "created_at" : "Sun Feb 22 11:16:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Kids asked for a dog for Christmas three years ago. We got Biscuit. Guess who walks him at 06:30 in the rain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024109501676580650"
          ],
          "editableUntil" : "2026-02-18T14:11:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "2024109501676580650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2024109501676580650",
      "created_at" : "Wed Feb 18 13:11:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Recruitment update: advertised the senior post for the third time.  Nobody wants to do this job for this money.  Can't blame them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023897828451967715"
          ],
          "editableUntil" : "2026-02-18T00:10:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "14",
      "id_str" : "2023897828451967715",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2023897828451967715",
      "created_at" : "Tue Feb 17 23:10:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Pancake day. Son has flipped one onto the ceiling. It's still up there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023481677183888405"
          ],
          "editableUntil" : "2026-02-16T20:36:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "0",
      "id_str" : "2023481677183888405",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2023481677183888405",
      "created_at" : "Mon Feb 16 19:36:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @TownHallTales: Things you hear in every council office: 'Is this the latest version?' 'Who's got the minutes?' 'Has anyone seen the stapler?'",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023068864077593297"
          ],
          "editableUntil" : "2026-02-15T17:16:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "55"
      ],
      "favorite_count" : "2",
      "id_str" : "2023068864077593297",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2023068864077593297",
      "created_at" : "Sun Feb 15 16:16:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@LocalGovLass Enjoy the leave! Don't check your emails.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2023063324850279926",
      "in_reply_to_status_id" : "2023063324850279926",
      "in_reply_to_user_id" : "1100000015838047514",
      "in_reply_to_user_id_str" : "1100000015838047514",
      "in_reply_to_screen_name" : "LocalGovLass"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2023060013374557399"
          ],
          "editableUntil" : "2026-02-15T16:41:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "2023060013374557399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2023060013374557399",
      "created_at" : "Sun Feb 15 15:41:08 +0000 2026",
      "favorited" : false,
      "full_text" : "The public inquiry is the Glastonbury of planning. Everyone's there, it goes on for days, and there's always rain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021565954857476060"
          ],
          "editableUntil" : "2026-02-11T13:44:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "3",
      "id_str" : "2021565954857476060",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021565954857476060",
      "created_at" : "Wed Feb 11 12:44:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Our directorate has been 'restructured' for the third time since I joined.  Same desks, new org chart, fewer people.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021321821795098607"
          ],
          "editableUntil" : "2026-02-10T21:34:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Parish Pump",
            "screen_name" : "ParishPumpHQ",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000047514142542",
            "id" : "1100000047514142542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "57"
      ],
      "favorite_count" : "4",
      "id_str" : "2021321821795098607",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021321821795098607",
      "created_at" : "Tue Feb 10 20:34:11 +0000 2026",
      "favorited" : false,
      "full_text" : "@ParishPumpHQ Would love to read the minutes of that one.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2021320058863869269",
      "in_reply_to_status_id" : "2021320058863869269",
      "in_reply_to_user_id" : "1100000047514142542",
      "in_reply_to_user_id_str" : "1100000047514142542",
      "in_reply_to_screen_name" : "ParishPumpHQ"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021200419538396763"
          ],
          "editableUntil" : "2026-02-10T13:31:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "2021200419538396763",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021200419538396763",
      "created_at" : "Tue Feb 10 12:31:46 +0000 2026",
      "favorited" : false,
      "full_text" : "I do like a good conservation area appraisal.  Don't @ me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020944253775517006"
          ],
          "editableUntil" : "2026-02-09T20:33:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "id_str" : "2020944253775517006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2020944253775517006",
      "created_at" : "Mon Feb 09 19:33:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Another resident asking if I can 'have a word' with their neighbour. I am a planning officer, not a peace envoy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020850706932126303"
          ],
          "editableUntil" : "2026-02-09T14:22:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "74"
      ],
      "favorite_count" : "9",
      "id_str" : "2020850706932126303",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020850706932126303",
      "created_at" : "Mon Feb 09 13:22:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@TownHallTales Every word of this.  Especially the bit about the biscuits.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2020836610801107848",
      "in_reply_to_status_id" : "2020836610801107848",
      "in_reply_to_user_id" : "1100000023757071271",
      "in_reply_to_user_id_str" : "1100000023757071271",
      "in_reply_to_screen_name" : "TownHallTales"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020434833360347368"
          ],
          "editableUntil" : "2026-02-08T10:49:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "2020434833360347368",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2020434833360347368",
      "created_at" : "Sun Feb 08 09:49:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Son has discovered sarcasm. It's like living with a small version of me. I don't like it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2020072507175877967"
          ],
          "editableUntil" : "2026-02-07T10:49:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Otley Rambler",
            "screen_name" : "otleyrambler",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000118785356355",
            "id" : "1100000118785356355"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "2020072507175877967",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "2020072507175877967",
      "created_at" : "Sat Feb 07 09:49:51 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @otleyrambler: Sunrise from the top of the Chevin this morning. Worth the climb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019486275871685133"
          ],
          "editableUntil" : "2026-02-05T20:00:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "4",
      "id_str" : "2019486275871685133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019486275871685133",
      "created_at" : "Thu Feb 05 19:00:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Son got his first proper detention. For talking. I was secretly pleased it wasn't for anything worse.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019384299546768454"
          ],
          "editableUntil" : "2026-02-05T13:15:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "2019384299546768454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019384299546768454",
      "created_at" : "Thu Feb 05 12:15:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Today's acronym I had to look up: BNG. Biodiversity net gain.  Tomorrow's will probably be about the acronyms.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2019126849953416847"
          ],
          "editableUntil" : "2026-02-04T20:12:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "6",
      "id_str" : "2019126849953416847",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2019126849953416847",
      "created_at" : "Wed Feb 04 19:12:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Appeal hearing tomorrow. Ironing a shirt for the first time since the last appeal hearing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018315133866049015"
          ],
          "editableUntil" : "2026-02-02T14:26:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Planning Institute fan account",
            "screen_name" : "RTPIplanning",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000079190237570",
            "id" : "1100000079190237570"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "112"
      ],
      "favorite_count" : "14",
      "id_str" : "2018315133866049015",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2018315133866049015",
      "created_at" : "Mon Feb 02 13:26:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@RTPIplanning The best CPD I ever did was sitting in on enforcement for a week.  Changed how I write conditions.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2018310603801585375",
      "in_reply_to_status_id" : "2018310603801585375",
      "in_reply_to_user_id" : "1100000079190237570",
      "in_reply_to_user_id_str" : "1100000079190237570",
      "in_reply_to_screen_name" : "RTPIplanning"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017926249260543059"
          ],
          "editableUntil" : "2026-02-01T12:41:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "2017926249260543059",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017926249260543059",
      "created_at" : "Sun Feb 01 11:41:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Son wants a new Leeds shirt. It's £70. Told him when I was his age we had a jumper and our imagination.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017914087749865310"
          ],
          "editableUntil" : "2026-02-01T11:53:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "14",
      "id_str" : "2017914087749865310",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017914087749865310",
      "created_at" : "Sun Feb 01 10:53:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Got caught in a downpour walking the dog. Both of us now steaming by the radiator.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017908090843732038"
          ],
          "editableUntil" : "2026-02-01T11:29:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "2",
      "id_str" : "2017908090843732038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017908090843732038",
      "created_at" : "Sun Feb 01 10:29:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Lie-in until 08:30. The dog disagreed at 06:45 but I won in the end.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017735158868735946"
          ],
          "editableUntil" : "2026-02-01T00:02:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "2017735158868735946",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2017735158868735946",
      "created_at" : "Sat Jan 31 23:02:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Draw. Fair result. I hate fair results.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017321106067268616"
          ],
          "editableUntil" : "2026-01-30T20:36:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "9",
      "id_str" : "2017321106067268616",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2017321106067268616",
      "created_at" : "Fri Jan 30 19:36:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Writing these little posts is cheaper than therapy. Thanks for reading, whoever you are.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017211553657765502"
          ],
          "editableUntil" : "2026-01-30T13:21:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "2017211553657765502",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017211553657765502",
      "created_at" : "Fri Jan 30 12:21:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Nothing makes you appreciate a quiet Friday like the Thursday before it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016857872916387495"
          ],
          "editableUntil" : "2026-01-29T13:56:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "9",
      "id_str" : "2016857872916387495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016857872916387495",
      "created_at" : "Thu Jan 29 12:56:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Hot desking update: I have a desk.  It is next to the radiator that only has two settings, off and Sahara.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016275433804242613"
          ],
          "editableUntil" : "2026-01-27T23:21:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Otley Rambler",
            "screen_name" : "otleyrambler",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000118785356355",
            "id" : "1100000118785356355"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "51"
      ],
      "favorite_count" : "6",
      "id_str" : "2016275433804242613",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016275433804242613",
      "created_at" : "Tue Jan 27 22:21:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@otleyrambler The view from the top never gets old.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2016267377966293906",
      "in_reply_to_status_id" : "2016267377966293906",
      "in_reply_to_user_id" : "1100000118785356355",
      "in_reply_to_user_id_str" : "1100000118785356355",
      "in_reply_to_screen_name" : "otleyrambler"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016267777618030052"
          ],
          "editableUntil" : "2026-01-27T22:51:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "4",
      "id_str" : "2016267777618030052",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2016267777618030052",
      "created_at" : "Tue Jan 27 21:51:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Inbox zero for nine glorious minutes this afternoon. Then someone sent a 'quick question'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016126849940233499"
          ],
          "editableUntil" : "2026-01-27T13:31:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "9",
      "id_str" : "2016126849940233499",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2016126849940233499",
      "created_at" : "Tue Jan 27 12:31:13 +0000 2026",
      "favorited" : false,
      "full_text" : "It's taken four months and nine emails to get a chair that doesn't tip backwards.  I am sitting in it now like a king.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015076900802673336"
          ],
          "editableUntil" : "2026-01-24T15:59:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "2015076900802673336",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2015076900802673336",
      "created_at" : "Sat Jan 24 14:59:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Just seen a bloke do a three-point turn in twelve points outside our house. Gave him a round of applause from the window.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014473002329573091"
          ],
          "editableUntil" : "2026-01-22T23:59:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "id_str" : "2014473002329573091",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014473002329573091",
      "created_at" : "Thu Jan 22 22:59:25 +0000 2026",
      "favorited" : false,
      "full_text" : "If you ever want to feel old, train a graduate who has never used a fax machine and is horrified that we still have one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014075451053933422"
          ],
          "editableUntil" : "2026-01-21T21:39:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "2014075451053933422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014075451053933422",
      "created_at" : "Wed Jan 21 20:39:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Every housing scheme: 'we need more homes'. Every housing scheme near someone: 'not here'. Every week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013737455507940172"
          ],
          "editableUntil" : "2026-01-20T23:16:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "0",
      "id_str" : "2013737455507940172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013737455507940172",
      "created_at" : "Tue Jan 20 22:16:37 +0000 2026",
      "favorited" : false,
      "full_text" : "There should be a word for the feeling when you find the one sentence in a policy document that settles an argument. Vindication, maybe. Smugness.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013355595434971148"
          ],
          "editableUntil" : "2026-01-19T21:59:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "2",
      "id_str" : "2013355595434971148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013355595434971148",
      "created_at" : "Mon Jan 19 20:59:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Long day. Back home, tea on, dog on my feet. Local government is a marathon with no finish line and no medal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013238759056261577"
          ],
          "editableUntil" : "2026-01-19T14:14:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "4",
      "id_str" : "2013238759056261577",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013238759056261577",
      "created_at" : "Mon Jan 19 13:14:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Committee tonight.  Flask of tea, spare pen, the patience of a saint.  Let's go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012647627523588668"
          ],
          "editableUntil" : "2026-01-17T23:06:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "4",
      "id_str" : "2012647627523588668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2012647627523588668",
      "created_at" : "Sat Jan 17 22:06:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Spent the afternoon building a flat-pack wardrobe. There's a screw left over. The wardrobe seems fine. For now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012496404059783640"
          ],
          "editableUntil" : "2026-01-17T13:05:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yorkshire Weather",
            "screen_name" : "YorksWeather",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000071271213813",
            "id" : "1100000071271213813"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "2012496404059783640",
      "truncated" : false,
      "retweet_count" : "135",
      "id" : "2012496404059783640",
      "created_at" : "Sat Jan 17 12:05:07 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @YorksWeather: Frost tonight in sheltered spots. Bring the tender plants in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2012298753354768671"
          ],
          "editableUntil" : "2026-01-16T23:59:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "2012298753354768671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2012298753354768671",
      "created_at" : "Fri Jan 16 22:59:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Ordered a takeaway at half seven. Still waiting. I am chewing the table.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011895920476350611"
          ],
          "editableUntil" : "2026-01-15T21:19:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "2011895920476350611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011895920476350611",
      "created_at" : "Thu Jan 15 20:19:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Our team quiz is on Friday. I have been revising the Use Classes Order. I wish I was joking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011536044072781384"
          ],
          "editableUntil" : "2026-01-14T21:29:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "14",
      "id_str" : "2011536044072781384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011536044072781384",
      "created_at" : "Wed Jan 14 20:29:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Genuinely proud of a young colleague today. First committee presentation, calm as anything. Took me ten years to get there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011412655670098440"
          ],
          "editableUntil" : "2026-01-14T13:18:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "2011412655670098440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011412655670098440",
      "created_at" : "Wed Jan 14 12:18:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Overheard in the lift: 'is it a strategic priority or just a priority?' Nobody knew.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011051171623509649"
          ],
          "editableUntil" : "2026-01-13T13:22:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "id_str" : "2011051171623509649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011051171623509649",
      "created_at" : "Tue Jan 13 12:22:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Site visit in Otley this morning in sideways rain.  Glamorous life, local government.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2010809608102248164"
          ],
          "editableUntil" : "2026-01-12T21:22:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yorkshire Weather",
            "screen_name" : "YorksWeather",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000071271213813",
            "id" : "1100000071271213813"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "85"
      ],
      "favorite_count" : "4",
      "id_str" : "2010809608102248164",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2010809608102248164",
      "created_at" : "Mon Jan 12 20:22:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@YorksWeather Can confirm, hailstones the size of peas in our garden ten minutes ago.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2010788719360887538",
      "in_reply_to_status_id" : "2010788719360887538",
      "in_reply_to_user_id" : "1100000071271213813",
      "in_reply_to_user_id_str" : "1100000071271213813",
      "in_reply_to_screen_name" : "YorksWeather"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2009358433208575489"
          ],
          "editableUntil" : "2026-01-08T21:15:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "14",
      "id_str" : "2009358433208575489",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2009358433208575489",
      "created_at" : "Thu Jan 08 20:15:57 +0000 2026",
      "favorited" : false,
      "full_text" : "A developer's planning statement described a four-storey car park as 'a landmark gateway building'. I've laughed three times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008292487767183011"
          ],
          "editableUntil" : "2026-01-05T22:40:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "14",
      "id_str" : "2008292487767183011",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2008292487767183011",
      "created_at" : "Mon Jan 05 21:40:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Somebody asked why planning takes so long. Because there are five of us doing the work of twelve, that's why. Next question.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008166085896597016"
          ],
          "editableUntil" : "2026-01-05T14:17:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "0",
      "id_str" : "2008166085896597016",
      "truncated" : false,
      "retweet_count" : "59",
      "id" : "2008166085896597016",
      "created_at" : "Mon Jan 05 13:17:59 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @LocalGovLass: Local government staff have had a real-terms pay cut of about 25% since 2010.  That's not a typo.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008085180476607171"
          ],
          "editableUntil" : "2026-01-05T08:56:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "4",
      "id_str" : "2008085180476607171",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2008085180476607171",
      "created_at" : "Mon Jan 05 07:56:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Cancelled again. Walking to the bus. Not angry, just disappointed. Mostly angry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007903602917964378"
          ],
          "editableUntil" : "2026-01-04T20:54:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "id_str" : "2007903602917964378",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2007903602917964378",
      "created_at" : "Sun Jan 04 19:54:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Sunday night and the ironing's done. I'm as ready as I'll ever be.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007544966219398850"
          ],
          "editableUntil" : "2026-01-03T21:09:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "id_str" : "2007544966219398850",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2007544966219398850",
      "created_at" : "Sat Jan 03 20:09:52 +0000 2026",
      "favorited" : false,
      "full_text" : "January. The longest month. It lasts about nine weeks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2007067227572725091"
          ],
          "editableUntil" : "2026-01-02T13:31:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "0",
      "id_str" : "2007067227572725091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2007067227572725091",
      "created_at" : "Fri Jan 02 12:31:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Colleague's leaving do at lunch.  Cake, card, a speech that made three of us cry.  Twenty-six years in the same team.  They don't make them like that now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006381630059812285"
          ],
          "editableUntil" : "2025-12-31T16:07:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2006381630059812285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006381630059812285",
      "created_at" : "Wed Dec 31 15:07:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Best career advice I ever got: 'answer the phone'. Simple, and hardly anyone does it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006100129734146611"
          ],
          "editableUntil" : "2025-12-30T21:28:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "2006100129734146611",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2006100129734146611",
      "created_at" : "Tue Dec 30 20:28:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Library with the kids. Came back with nine books, a DVD and a leaflet about the local history society. Might actually go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006016481241361123"
          ],
          "editableUntil" : "2025-12-30T15:56:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "3",
      "id_str" : "2006016481241361123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2006016481241361123",
      "created_at" : "Tue Dec 30 14:56:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Quiz night at the local. Came third. Lost it on a question about the Eurovision winner in 1997. I will never forgive myself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2005776346756524684"
          ],
          "editableUntil" : "2025-12-30T00:02:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "2005776346756524684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2005776346756524684",
      "created_at" : "Mon Dec 29 23:02:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Between Christmas and New Year nobody knows what day it is. I've had cheese for breakfast twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004919657969972879"
          ],
          "editableUntil" : "2025-12-27T15:17:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "2004919657969972879",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2004919657969972879",
      "created_at" : "Sat Dec 27 14:17:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Christmas dinner survived. Family survived. Sprouts did not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004298676839766322"
          ],
          "editableUntil" : "2025-12-25T22:10:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "4",
      "id_str" : "2004298676839766322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004298676839766322",
      "created_at" : "Thu Dec 25 21:10:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Merry Christmas from a man who has eaten his body weight in pigs in blankets. Hope yours was a good one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003921227663975998"
          ],
          "editableUntil" : "2025-12-24T21:10:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "4",
      "id_str" : "2003921227663975998",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2003921227663975998",
      "created_at" : "Wed Dec 24 20:10:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Cup of tea gone cold again. Third one today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003760332191440747"
          ],
          "editableUntil" : "2025-12-24T10:31:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "14",
      "id_str" : "2003760332191440747",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2003760332191440747",
      "created_at" : "Wed Dec 24 09:31:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Biscuit update: the sock has reappeared. I won't go into detail.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003190036624952249"
          ],
          "editableUntil" : "2025-12-22T20:44:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "2003190036624952249",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2003190036624952249",
      "created_at" : "Mon Dec 22 19:44:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Just watched an entire documentary about canals. The book from the car boot was a gateway drug.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003057729164596017"
          ],
          "editableUntil" : "2025-12-22T11:59:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "2003057729164596017",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2003057729164596017",
      "created_at" : "Mon Dec 22 10:59:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Biscuit has eaten a sock. Not a whole sock. Enough of a sock.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001380206176092117"
          ],
          "editableUntil" : "2025-12-17T20:53:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah (housing)",
            "screen_name" : "HousingHannah",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000110866332598",
            "id" : "1100000110866332598"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "84"
      ],
      "favorite_count" : "4",
      "id_str" : "2001380206176092117",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2001380206176092117",
      "created_at" : "Wed Dec 17 19:53:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@HousingHannah It's the same conversation everywhere. Homes yes, but somewhere else.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2001366865540433886",
      "in_reply_to_status_id" : "2001366865540433886",
      "in_reply_to_user_id" : "1100000110866332598",
      "in_reply_to_user_id_str" : "1100000110866332598",
      "in_reply_to_screen_name" : "HousingHannah"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2001016968365794274"
          ],
          "editableUntil" : "2025-12-16T20:49:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "4",
      "id_str" : "2001016968365794274",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2001016968365794274",
      "created_at" : "Tue Dec 16 19:49:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Secret Santa limit this year is a fiver. I got a mug that says 'World's Okayest Planner'. Accurate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000919472019034898"
          ],
          "editableUntil" : "2025-12-16T14:22:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah (housing)",
            "screen_name" : "HousingHannah",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000110866332598",
            "id" : "1100000110866332598"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "2000919472019034898",
      "truncated" : false,
      "retweet_count" : "48",
      "id" : "2000919472019034898",
      "created_at" : "Tue Dec 16 13:22:32 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @HousingHannah: Homes England figures out today.  Completions down again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000547147379346407"
          ],
          "editableUntil" : "2025-12-15T13:43:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "2000547147379346407",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2000547147379346407",
      "created_at" : "Mon Dec 15 12:43:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Last week in the office before the break.  Out of office already drafted.  It's mostly apologies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000299635459469569"
          ],
          "editableUntil" : "2025-12-14T21:19:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leeds United",
            "screen_name" : "LUFC",
            "indices" : [
              "3",
              "8"
            ],
            "id_str" : "1100000063352190056",
            "id" : "1100000063352190056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "2000299635459469569",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "2000299635459469569",
      "created_at" : "Sun Dec 14 20:19:31 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @LUFC: FULL-TIME: What a performance! Three points at Elland Road.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000136983411380638"
          ],
          "editableUntil" : "2025-12-14T10:33:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meg",
            "screen_name" : "MunicipalMeg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000102947308841",
            "id" : "1100000102947308841"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "2000136983411380638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000136983411380638",
      "created_at" : "Sun Dec 14 09:33:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@MunicipalMeg Thank you, that's really kind. Just trying to explain how it actually works.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2000117101360283797",
      "in_reply_to_status_id" : "2000117101360283797",
      "in_reply_to_user_id" : "1100000102947308841",
      "in_reply_to_user_id_str" : "1100000102947308841",
      "in_reply_to_screen_name" : "MunicipalMeg"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999791576387625663"
          ],
          "editableUntil" : "2025-12-13T11:40:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "1999791576387625663",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1999791576387625663",
      "created_at" : "Sat Dec 13 10:40:40 +0000 2025",
      "favorited" : false,
      "full_text" : "New blog post: why your objection letter probably won't work, and what will. Link in bio.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999772662328643287"
          ],
          "editableUntil" : "2025-12-13T10:25:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "6",
      "id_str" : "1999772662328643287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999772662328643287",
      "created_at" : "Sat Dec 13 09:25:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids have decorated the tree. It looks like it's been in a fight with a glitter factory. It's perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999772436886822265"
          ],
          "editableUntil" : "2025-12-13T10:24:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "9",
      "id_str" : "1999772436886822265",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1999772436886822265",
      "created_at" : "Sat Dec 13 09:24:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Sunset at 15:55. I don't see daylight Monday to Friday. Like a very boring vampire.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999389004713496180"
          ],
          "editableUntil" : "2025-12-12T09:01:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "1999389004713496180",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1999389004713496180",
      "created_at" : "Fri Dec 12 08:01:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Two carriages at rush hour. Two. I'm currently more intimately acquainted with a stranger's rucksack than with some of my relatives.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998484115782350286"
          ],
          "editableUntil" : "2025-12-09T21:05:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "1998484115782350286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998484115782350286",
      "created_at" : "Tue Dec 09 20:05:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Evie's nativity tomorrow. She's a sheep this year, a demotion from last year's star, but she's taking it well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998477453978688452"
          ],
          "editableUntil" : "2025-12-09T20:38:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northern Sufferer",
            "screen_name" : "NorthernRailFan",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1100000039595118785",
            "id" : "1100000039595118785"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "85"
      ],
      "favorite_count" : "6",
      "id_str" : "1998477453978688452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1998477453978688452",
      "created_at" : "Tue Dec 09 19:38:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@NorthernRailFan 'Short-formed' is my least favourite phrase in the English language.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1998476193168398067",
      "in_reply_to_status_id" : "1998476193168398067",
      "in_reply_to_user_id" : "1100000039595118785",
      "in_reply_to_user_id_str" : "1100000039595118785",
      "in_reply_to_screen_name" : "NorthernRailFan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997252922367459216"
          ],
          "editableUntil" : "2025-12-06T11:32:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "75"
      ],
      "favorite_count" : "1",
      "id_str" : "1997252922367459216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997252922367459216",
      "created_at" : "Sat Dec 06 10:32:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@LocalGovLass You're doing a great job. Genuinely. Go home on time tonight.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1997236059110679858",
      "in_reply_to_status_id" : "1997236059110679858",
      "in_reply_to_user_id" : "1100000015838047514",
      "in_reply_to_user_id_str" : "1100000015838047514",
      "in_reply_to_screen_name" : "LocalGovLass"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997052269111705925"
          ],
          "editableUntil" : "2025-12-05T22:15:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "1",
      "id_str" : "1997052269111705925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997052269111705925",
      "created_at" : "Fri Dec 05 21:15:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Christmas jumpers at the ready. Mine has a reindeer whose nose lights up. It's the only thing in this house with any energy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996194233844558596"
          ],
          "editableUntil" : "2025-12-03T13:26:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1996194233844558596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996194233844558596",
      "created_at" : "Wed Dec 03 12:26:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Four meetings before lunch and not one of them needed to be a meeting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995481595214341619"
          ],
          "editableUntil" : "2025-12-01T14:14:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "9",
      "id_str" : "1995481595214341619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995481595214341619",
      "created_at" : "Mon Dec 01 13:14:21 +0000 2025",
      "favorited" : false,
      "full_text" : "The office Christmas tree is up and it's the same tinsel as 2009.  Budgets, you see.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994518847198595877"
          ],
          "editableUntil" : "2025-11-28T22:28:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "9",
      "id_str" : "1994518847198595877",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994518847198595877",
      "created_at" : "Fri Nov 28 21:28:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Had a genuinely good conversation with an applicant today. They listened, we changed the scheme, it's better. Doesn't happen often. Savouring it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993665612888976996"
          ],
          "editableUntil" : "2025-11-26T13:58:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "1993665612888976996",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993665612888976996",
      "created_at" : "Wed Nov 26 12:58:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Pothole the size of a paddling pool at the end of our road (LS18 5PQ, if highways are reading).  Reported it three times.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993405806871823151"
          ],
          "editableUntil" : "2025-11-25T20:45:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah (housing)",
            "screen_name" : "HousingHannah",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000110866332598",
            "id" : "1100000110866332598"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1993405806871823151",
      "truncated" : false,
      "retweet_count" : "78",
      "id" : "1993405806871823151",
      "created_at" : "Tue Nov 25 19:45:54 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @HousingHannah: Waiting lists for social housing have never been longer. We need homes people can afford, not just more homes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992732459348981204"
          ],
          "editableUntil" : "2025-11-24T00:10:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "1",
      "id_str" : "1992732459348981204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992732459348981204",
      "created_at" : "Sun Nov 23 23:10:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Not going to say anything about the referee. I'm going to think it very loudly instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992196305087013910"
          ],
          "editableUntil" : "2025-11-22T12:39:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1992196305087013910",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1992196305087013910",
      "created_at" : "Sat Nov 22 11:39:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Took the kids swimming. Came home smelling of chlorine and defeat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991490002430720486"
          ],
          "editableUntil" : "2025-11-20T13:53:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1991490002430720486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991490002430720486",
      "created_at" : "Thu Nov 20 12:53:11 +0000 2025",
      "favorited" : false,
      "full_text" : "I have never been more popular than the day I fixed the office kettle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990918783918775790"
          ],
          "editableUntil" : "2025-11-19T00:03:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "1990918783918775790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990918783918775790",
      "created_at" : "Tue Nov 18 23:03:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Blog post up about what actually happens at a planning committee. Long one. Get a brew first.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990687866958669610"
          ],
          "editableUntil" : "2025-11-18T08:45:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "3",
      "id_str" : "1990687866958669610",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1990687866958669610",
      "created_at" : "Tue Nov 18 07:45:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Foggy platform this morning, everyone staring down the line like it owes them money.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990148435904469828"
          ],
          "editableUntil" : "2025-11-16T21:02:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "1990148435904469828",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1990148435904469828",
      "created_at" : "Sun Nov 16 20:02:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Rainy Sunday. Board games. Somebody accused somebody of cheating at Monopoly within twelve minutes. New record.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989468995796119375"
          ],
          "editableUntil" : "2025-11-15T00:02:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1989468995796119375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989468995796119375",
      "created_at" : "Fri Nov 14 23:02:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Got a parking ticket outside the doctor's. Paid it. The irony of working for a council is not lost on me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989426839789224502"
          ],
          "editableUntil" : "2025-11-14T21:14:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "1",
      "id_str" : "1989426839789224502",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1989426839789224502",
      "created_at" : "Fri Nov 14 20:14:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Teenager next door practising drums again. He's improving. I'll give him that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989048231730432754"
          ],
          "editableUntil" : "2025-11-13T20:10:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "2",
      "id_str" : "1989048231730432754",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1989048231730432754",
      "created_at" : "Thu Nov 13 19:10:27 +0000 2025",
      "favorited" : false,
      "full_text" : "An agent told me today that their client 'has friends on the council'. Brilliant. Put it in writing and I'll pass it on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987659146465446394"
          ],
          "editableUntil" : "2025-11-10T00:10:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1987659146465446394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1987659146465446394",
      "created_at" : "Sun Nov 09 23:10:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Remembrance Sunday. Two minutes by the war memorial. Always gets me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987276837241018125"
          ],
          "editableUntil" : "2025-11-08T22:51:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "4",
      "id_str" : "1987276837241018125",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987276837241018125",
      "created_at" : "Sat Nov 08 21:51:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Lost in the 93rd minute. Going to walk the dog and not speak to anyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987178807592660339"
          ],
          "editableUntil" : "2025-11-08T16:22:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Cllr Anne Kaye (parody)",
            "screen_name" : "CouncillorKaye",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1100000055433166299",
            "id" : "1100000055433166299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "76"
      ],
      "favorite_count" : "14",
      "id_str" : "1987178807592660339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987178807592660339",
      "created_at" : "Sat Nov 08 15:22:02 +0000 2025",
      "favorited" : false,
      "full_text" : "@CouncillorKaye I'm not saying this is accurate but I'm not saying it isn't.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1987161189906048453",
      "in_reply_to_status_id" : "1987161189906048453",
      "in_reply_to_user_id" : "1100000055433166299",
      "in_reply_to_user_id_str" : "1100000055433166299",
      "in_reply_to_screen_name" : "CouncillorKaye"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987131388189969453"
          ],
          "editableUntil" : "2025-11-08T13:13:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "14",
      "id_str" : "1987131388189969453",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987131388189969453",
      "created_at" : "Sat Nov 08 12:13:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Birthday party for a seven-year-old. Thirty children, one magician, zero survivors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986510149169136054"
          ],
          "editableUntil" : "2025-11-06T20:05:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LUFC",
            "indices" : [
              "93",
              "98"
            ]
          },
          {
            "text" : "MOT",
            "indices" : [
              "99",
              "103"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1986510149169136054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986510149169136054",
      "created_at" : "Thu Nov 06 19:05:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Elland Road in the rain, under the lights. Still the best place on earth when it goes right. #LUFC #MOT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986420826930631203"
          ],
          "editableUntil" : "2025-11-06T14:10:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1986420826930631203",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1986420826930631203",
      "created_at" : "Thu Nov 06 13:10:05 +0000 2025",
      "favorited" : false,
      "full_text" : "The amount of my working week spent in Teams calls where somebody is 'just sharing my screen' is a scandal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986157136837273621"
          ],
          "editableUntil" : "2025-11-05T20:42:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "1986157136837273621",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1986157136837273621",
      "created_at" : "Wed Nov 05 19:42:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Bonfire at the cricket club. Biscuit is under the bed and not coming out until Sunday.",
      "lang" : "en",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-1.636204",
          "53.841190"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "53.841190",
          "-1.636204"
        ]
      },
      "place" : {
        "name" : "Leeds",
        "full_name" : "Leeds, England",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "city",
        "id" : "27a2a2b4cc0b4a2c",
        "url" : "https://api.twitter.com/1.1/geo/id/27a2a2b4cc0b4a2c.json",
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "-1.800421",
                "53.698968"
              ],
              [
                "-1.290352",
                "53.698968"
              ],
              [
                "-1.290352",
                "53.945872"
              ],
              [
                "-1.800421",
                "53.945872"
              ]
            ]
          ]
        },
        "attributes" : {}
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986054172299390269"
          ],
          "editableUntil" : "2025-11-05T13:53:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "6",
      "id_str" : "1986054172299390269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986054172299390269",
      "created_at" : "Wed Nov 05 12:53:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Eating a meal deal at my desk whilst reading a 60-page flood risk assessment.  Living the dream.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985690673054856520"
          ],
          "editableUntil" : "2025-11-04T13:48:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "14",
      "id_str" : "1985690673054856520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985690673054856520",
      "created_at" : "Tue Nov 04 12:48:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Sat in a three-hour training session on time management.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985094941882559114"
          ],
          "editableUntil" : "2025-11-02T22:21:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1985094941882559114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1985094941882559114",
      "created_at" : "Sun Nov 02 21:21:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Fireworks going off already and it's not even bonfire night. The dog is under the stairs with the hoover for company. Poor lad.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985020805701279102"
          ],
          "editableUntil" : "2025-11-02T17:26:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bin Day Blues",
            "screen_name" : "BinDayBlues",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1100000031676095028",
            "id" : "1100000031676095028"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "70"
      ],
      "favorite_count" : "9",
      "id_str" : "1985020805701279102",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1985020805701279102",
      "created_at" : "Sun Nov 02 16:26:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@BinDayBlues Glad it's not just us. The calendar is a work of fiction.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1985006710160020491",
      "in_reply_to_status_id" : "1985006710160020491",
      "in_reply_to_user_id" : "1100000031676095028",
      "in_reply_to_user_id_str" : "1100000031676095028",
      "in_reply_to_screen_name" : "BinDayBlues"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984592162212921972"
          ],
          "editableUntil" : "2025-11-01T13:03:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1984592162212921972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1984592162212921972",
      "created_at" : "Sat Nov 01 12:03:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Mum's 70th today. She asked for no fuss. We made a fuss. She loved it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1984569568433170089"
          ],
          "editableUntil" : "2025-11-01T11:33:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1984569568433170089",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1984569568433170089",
      "created_at" : "Sat Nov 01 10:33:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Parkrun done in the rain. Everyone looked like drowned rats and we all said 'lovely morning for it'. Very British.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982390799342920842"
          ],
          "editableUntil" : "2025-10-26T11:16:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1982390799342920842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982390799342920842",
      "created_at" : "Sun Oct 26 10:16:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Autumn leaves everywhere. Raked the lawn. Wind came. Leaves back.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982382523398894741"
          ],
          "editableUntil" : "2025-10-26T10:43:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "76"
      ],
      "favorite_count" : "14",
      "id_str" : "1982382523398894741",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1982382523398894741",
      "created_at" : "Sun Oct 26 09:43:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@LocalGovLass The laminated fridge note is universal. Every council has one.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1982381767916184094",
      "in_reply_to_status_id" : "1982381767916184094",
      "in_reply_to_user_id" : "1100000015838047514",
      "in_reply_to_user_id_str" : "1100000015838047514",
      "in_reply_to_screen_name" : "LocalGovLass"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982023849834014418"
          ],
          "editableUntil" : "2025-10-25T10:58:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "9",
      "id_str" : "1982023849834014418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982023849834014418",
      "created_at" : "Sat Oct 25 09:58:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Clocks go back tonight. Extra hour in bed unless you own a dog, in which case it's an extra hour of being stared at.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981820749900237116"
          ],
          "editableUntil" : "2025-10-24T21:31:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "14",
      "id_str" : "1981820749900237116",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1981820749900237116",
      "created_at" : "Fri Oct 24 20:31:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Today's site visit had a goat. Nobody warned me about the goat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981695809920273438"
          ],
          "editableUntil" : "2025-10-24T13:14:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northern Sufferer",
            "screen_name" : "NorthernRailFan",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1100000039595118785",
            "id" : "1100000039595118785"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "69"
      ],
      "favorite_count" : "6",
      "id_str" : "1981695809920273438",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981695809920273438",
      "created_at" : "Fri Oct 24 12:14:33 +0000 2025",
      "favorited" : false,
      "full_text" : "@NorthernRailFan Same here this morning.  Two carriages and a prayer.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1981674415326107166",
      "in_reply_to_status_id" : "1981674415326107166",
      "in_reply_to_user_id" : "1100000039595118785",
      "in_reply_to_user_id_str" : "1100000039595118785",
      "in_reply_to_screen_name" : "NorthernRailFan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980594737983591434"
          ],
          "editableUntil" : "2025-10-21T12:19:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "14",
      "id_str" : "1980594737983591434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980594737983591434",
      "created_at" : "Tue Oct 21 11:19:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Lunchtime thought: whoever designed the one-way system in Headingley has never had to get a child to a party through it on a match day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980339247220655658"
          ],
          "editableUntil" : "2025-10-20T19:24:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1980339247220655658",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1980339247220655658",
      "created_at" : "Mon Oct 20 18:24:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Listed building consent for a new front door. Forty pages. It's a door.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979252679701320463"
          ],
          "editableUntil" : "2025-10-17T19:26:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Budget Wonk",
            "screen_name" : "budgetwonk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1100000087109261327",
            "id" : "1100000087109261327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "96"
      ],
      "favorite_count" : "14",
      "id_str" : "1979252679701320463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979252679701320463",
      "created_at" : "Fri Oct 17 18:26:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@budgetwonk Great explainer. Sending to everyone who asks me why we can't 'just find the money'.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1979244625655747219",
      "in_reply_to_status_id" : "1979244625655747219",
      "in_reply_to_user_id" : "1100000087109261327",
      "in_reply_to_user_id_str" : "1100000087109261327",
      "in_reply_to_screen_name" : "budgetwonk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978921714316953785"
          ],
          "editableUntil" : "2025-10-16T21:31:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1978921714316953785",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1978921714316953785",
      "created_at" : "Thu Oct 16 20:31:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Turning 41 on Saturday. Asked for nothing. Family have ignored this and I can hear wrapping paper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978172411952180361"
          ],
          "editableUntil" : "2025-10-14T19:53:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1978172411952180361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978172411952180361",
      "created_at" : "Tue Oct 14 18:53:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Midweek game tonight. Radio on, pretending to do the washing up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978168079418304454"
          ],
          "editableUntil" : "2025-10-14T19:36:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meg",
            "screen_name" : "MunicipalMeg",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000102947308841",
            "id" : "1100000102947308841"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1978168079418304454",
      "truncated" : false,
      "retweet_count" : "83",
      "id" : "1978168079418304454",
      "created_at" : "Tue Oct 14 18:36:37 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @MunicipalMeg: Public servants: drink some water and eat a proper lunch today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978070338537082183"
          ],
          "editableUntil" : "2025-10-14T13:08:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bin Day Blues",
            "screen_name" : "BinDayBlues",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1100000031676095028",
            "id" : "1100000031676095028"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1978070338537082183",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1978070338537082183",
      "created_at" : "Tue Oct 14 12:08:14 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @BinDayBlues: Bins will be collected as normal next week.  I have no idea what normal means anymore.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977711805684881454"
          ],
          "editableUntil" : "2025-10-13T13:23:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1977711805684881454",
      "truncated" : false,
      "retweet_count" : "70",
      "id" : "1977711805684881454",
      "created_at" : "Mon Oct 13 12:23:33 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @PlanningPete: Friday mood: approving a well-designed scheme with no objections.  Rare as hen's teeth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977503670060034579"
          ],
          "editableUntil" : "2025-10-12T23:36:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "6",
      "id_str" : "1977503670060034579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1977503670060034579",
      "created_at" : "Sun Oct 12 22:36:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Grandma's recipe for parkin, followed to the letter. Tastes nothing like hers. It never does.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976719188526748750"
          ],
          "editableUntil" : "2025-10-10T19:39:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "14",
      "id_str" : "1976719188526748750",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1976719188526748750",
      "created_at" : "Fri Oct 10 18:39:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Daughter's first parents' evening of the year. 'Chatty but kind'. She takes after her mother on both counts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976255686972341816"
          ],
          "editableUntil" : "2025-10-09T12:57:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "1976255686972341816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976255686972341816",
      "created_at" : "Thu Oct 09 11:57:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Working from home today.  The dog has attended every meeting and contributed more than some.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975261116930630277"
          ],
          "editableUntil" : "2025-10-06T19:05:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "14",
      "id_str" : "1975261116930630277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975261116930630277",
      "created_at" : "Mon Oct 06 18:05:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Public sector pay offer is in. I'll just say the word 'derisory' and leave it there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974221261395760076"
          ],
          "editableUntil" : "2025-10-03T22:13:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "1974221261395760076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974221261395760076",
      "created_at" : "Fri Oct 03 21:13:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Finished the book I've been reading since March. It's October. It was a good book. I'm just tired.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973711130002197828"
          ],
          "editableUntil" : "2025-10-02T12:26:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/QuietClerk/status/1973711130002197828/photo/1",
            "indices" : [
              "65",
              "88"
            ],
            "url" : "https://t.co/NL14fDangO",
            "media_url" : "http://pbs.twimg.com/media/Gq1dLmZXoAAc3Vt.jpg",
            "id_str" : "1973711130002196827",
            "id" : "1973711130002196827",
            "media_url_https" : "https://pbs.twimg.com/media/Gq1dLmZXoAAc3Vt.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "small" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "large" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NL14fDangO"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1973711130002197828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973711130002197828",
      "created_at" : "Thu Oct 02 11:26:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Committee agenda just landed. 214 pages.  Thursday night sorted. https://t.co/NL14fDangO",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/QuietClerk/status/1973711130002197828/photo/1",
            "indices" : [
              "65",
              "88"
            ],
            "url" : "https://t.co/NL14fDangO",
            "media_url" : "http://pbs.twimg.com/media/Gq1dLmZXoAAc3Vt.jpg",
            "id_str" : "1973711130002196827",
            "id" : "1973711130002196827",
            "media_url_https" : "https://pbs.twimg.com/media/Gq1dLmZXoAAc3Vt.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "small" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "large" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NL14fDangO"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973507374702930620"
          ],
          "editableUntil" : "2025-10-01T22:56:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1973507374702930620",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1973507374702930620",
      "created_at" : "Wed Oct 01 21:56:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@LocalGovLass Solidarity. Ours went down for two days. We went back to paper and honestly it was faster.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1973498060078000305",
      "in_reply_to_status_id" : "1973498060078000305",
      "in_reply_to_user_id" : "1100000015838047514",
      "in_reply_to_user_id_str" : "1100000015838047514",
      "in_reply_to_screen_name" : "LocalGovLass"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973349853338200297"
          ],
          "editableUntil" : "2025-10-01T12:30:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1973349853338200297",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1973349853338200297",
      "created_at" : "Wed Oct 01 11:30:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Quick one: anyone know a good book on the history of council housing?  Asking for a long winter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972763091508727302"
          ],
          "editableUntil" : "2025-09-29T21:39:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "9",
      "id_str" : "1972763091508727302",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1972763091508727302",
      "created_at" : "Mon Sep 29 20:39:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Watching the planning episode of a property programme and shouting at the telly. My wife has left the room.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972754753995849147"
          ],
          "editableUntil" : "2025-09-29T21:06:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1972754753995849147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972754753995849147",
      "created_at" : "Mon Sep 29 20:06:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Nobody tells you that half of local government is finding the right version of a spreadsheet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972417577697071960"
          ],
          "editableUntil" : "2025-09-28T22:46:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leeds United",
            "screen_name" : "LUFC",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "1100000063352190056",
            "id" : "1100000063352190056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "6",
        "14"
      ],
      "favorite_count" : "2",
      "id_str" : "1972417577697071960",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1972417577697071960",
      "created_at" : "Sun Sep 28 21:46:10 +0000 2025",
      "favorited" : false,
      "full_text" : "@LUFC Get in!!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1972403984269398983",
      "in_reply_to_status_id" : "1972403984269398983",
      "in_reply_to_user_id" : "1100000063352190056",
      "in_reply_to_user_id_str" : "1100000063352190056",
      "in_reply_to_screen_name" : "LUFC"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971868975018365861"
          ],
          "editableUntil" : "2025-09-27T10:26:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "14",
      "id_str" : "1971868975018365861",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1971868975018365861",
      "created_at" : "Sat Sep 27 09:26:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Saturday jobs list: shelves, hedge, tip run. Saturday actual: coffee, newspaper, thinking about shelves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971668234023853499"
          ],
          "editableUntil" : "2025-09-26T21:08:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1971668234023853499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971668234023853499",
      "created_at" : "Fri Sep 26 20:08:33 +0000 2025",
      "favorited" : false,
      "full_text" : "If you want to know what a place really cares about, read its objection letters. Parking. It's always parking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971303640116849793"
          ],
          "editableUntil" : "2025-09-25T20:59:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Parish Pump",
            "screen_name" : "ParishPumpHQ",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000047514142542",
            "id" : "1100000047514142542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "75"
      ],
      "favorite_count" : "2",
      "id_str" : "1971303640116849793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971303640116849793",
      "created_at" : "Thu Sep 25 19:59:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@ParishPumpHQ Parish councils are the real engine room. Underrated, always.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1971296591542361311",
      "in_reply_to_status_id" : "1971296591542361311",
      "in_reply_to_user_id" : "1100000047514142542",
      "in_reply_to_user_id_str" : "1100000047514142542",
      "in_reply_to_screen_name" : "ParishPumpHQ"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970945167367211282"
          ],
          "editableUntil" : "2025-09-24T21:15:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1970945167367211282",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1970945167367211282",
      "created_at" : "Wed Sep 24 20:15:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Bath night for Biscuit. Biscuit has views about bath night. The bathroom has views about Biscuit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970453943065169348"
          ],
          "editableUntil" : "2025-09-23T12:43:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yorkshire Weather",
            "screen_name" : "YorksWeather",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000071271213813",
            "id" : "1100000071271213813"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1970453943065169348",
      "truncated" : false,
      "retweet_count" : "81",
      "id" : "1970453943065169348",
      "created_at" : "Tue Sep 23 11:43:23 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @YorksWeather: Yellow warning for wind across West Yorkshire tomorrow.  Tie down the trampolines.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970242409525263289"
          ],
          "editableUntil" : "2025-09-22T22:42:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "14",
      "id_str" : "1970242409525263289",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970242409525263289",
      "created_at" : "Mon Sep 22 21:42:50 +0000 2025",
      "favorited" : false,
      "full_text" : "A resident rang to complain that the council 'let' next door build a shed. Permitted development, love. I didn't let anyone do anything.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969014747730985417"
          ],
          "editableUntil" : "2025-09-19T13:24:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "3",
      "id_str" : "1969014747730985417",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1969014747730985417",
      "created_at" : "Fri Sep 19 12:24:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Training session on 'resilience'.  It was cancelled due to staff shortages.  You couldn't make it up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968792061891818531"
          ],
          "editableUntil" : "2025-09-18T22:39:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Budget Wonk",
            "screen_name" : "budgetwonk",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1100000087109261327",
            "id" : "1100000087109261327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "0",
      "id_str" : "1968792061891818531",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "1968792061891818531",
      "created_at" : "Thu Sep 18 21:39:40 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @budgetwonk: New analysis: councils in the North have lost around twice as much per head in core funding as those in the South East since 2010.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968789171708030334"
          ],
          "editableUntil" : "2025-09-18T22:28:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "14",
      "id_str" : "1968789171708030334",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1968789171708030334",
      "created_at" : "Thu Sep 18 21:28:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Bit of a grim one today. Can't say more. Hug your people.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968280594341540849"
          ],
          "editableUntil" : "2025-09-17T12:47:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "6",
      "id_str" : "1968280594341540849",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1968280594341540849",
      "created_at" : "Wed Sep 17 11:47:17 +0000 2025",
      "favorited" : false,
      "full_text" : "A few of you have asked how to get in touch about the residents' guide.  Email quietclerk.writes@proton.me or text 07700 900418 (not at work, obviously).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968066598383580704"
          ],
          "editableUntil" : "2025-09-16T22:36:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "14",
      "id_str" : "1968066598383580704",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968066598383580704",
      "created_at" : "Tue Sep 16 21:36:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Dentist. Two fillings. Home now, numb and sorry for myself.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967561908143160209"
          ],
          "editableUntil" : "2025-09-15T13:11:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "9",
      "id_str" : "1967561908143160209",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967561908143160209",
      "created_at" : "Mon Sep 15 12:11:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Lunch break thought: nobody goes into local government for the money, and it shows in the biscuit budget.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967331175390594028"
          ],
          "editableUntil" : "2025-09-14T21:54:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "9",
      "id_str" : "1967331175390594028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967331175390594028",
      "created_at" : "Sun Sep 14 20:54:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Sunday roast done. Yorkshire puddings rose like the Shard. I'll allow myself that one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967146894722543427"
          ],
          "editableUntil" : "2025-09-14T09:42:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "1967146894722543427",
      "truncated" : false,
      "retweet_count" : "124",
      "id" : "1967146894722543427",
      "created_at" : "Sun Sep 14 08:42:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @PlanningPete: There are more planners in the private sector than in councils now. Think about what that means for who sets the agenda.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966866435597670831"
          ],
          "editableUntil" : "2025-09-13T15:07:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "2",
      "id_str" : "1966866435597670831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966866435597670831",
      "created_at" : "Sat Sep 13 14:07:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Things I've learnt in twenty years of public service: say thank you, write things down, and never trust a deadline set on a Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966621760769707274"
          ],
          "editableUntil" : "2025-09-12T22:55:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "14",
      "id_str" : "1966621760769707274",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966621760769707274",
      "created_at" : "Fri Sep 12 21:55:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Answered the same question about fence heights six times today. Two metres. It's two metres. One if it's next to a road.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966460555407937813"
          ],
          "editableUntil" : "2025-09-12T12:15:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1966460555407937813",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1966460555407937813",
      "created_at" : "Fri Sep 12 11:15:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Everyone in the office is coughing.  The aircon has opinions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965526407782194969"
          ],
          "editableUntil" : "2025-09-09T22:23:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1965526407782194969",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965526407782194969",
      "created_at" : "Tue Sep 09 21:23:07 +0000 2025",
      "favorited" : false,
      "full_text" : "New manager wants 'fewer emails, more conversations'. I now get emails inviting me to conversations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965490192949512156"
          ],
          "editableUntil" : "2025-09-09T19:59:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hannah (housing)",
            "screen_name" : "HousingHannah",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000110866332598",
            "id" : "1100000110866332598"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "54"
      ],
      "favorite_count" : "2",
      "id_str" : "1965490192949512156",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1965490192949512156",
      "created_at" : "Tue Sep 09 18:59:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@HousingHannah Good luck at the inquiry. Bring snacks.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1965472322290610126",
      "in_reply_to_status_id" : "1965472322290610126",
      "in_reply_to_user_id" : "1100000110866332598",
      "in_reply_to_user_id_str" : "1100000110866332598",
      "in_reply_to_screen_name" : "HousingHannah"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964629845258342543"
          ],
          "editableUntil" : "2025-09-07T11:00:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1964629845258342543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964629845258342543",
      "created_at" : "Sun Sep 07 10:00:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Neighbour's cat has started coming in through the cat flap we don't have a cat for. The dog has accepted him as a lodger.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964618438859229980"
          ],
          "editableUntil" : "2025-09-07T10:15:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1964618438859229980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964618438859229980",
      "created_at" : "Sun Sep 07 09:15:11 +0000 2025",
      "favorited" : false,
      "full_text" : "Had to explain to my son why we can't have a swimming pool. Planning permission wasn't the main reason.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964290210051396240"
          ],
          "editableUntil" : "2025-09-06T12:30:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1964290210051396240",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1964290210051396240",
      "created_at" : "Sat Sep 06 11:30:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Random thought: whoever invented the bin day calendar deserves a knighthood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964057091317950753"
          ],
          "editableUntil" : "2025-09-05T21:04:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1964057091317950753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964057091317950753",
      "created_at" : "Fri Sep 05 20:04:35 +0000 2025",
      "favorited" : false,
      "full_text" : "The kids have gone back to school and the house is so quiet I can hear the fridge thinking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963940790420296036"
          ],
          "editableUntil" : "2025-09-05T13:22:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "id_str" : "1963940790420296036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963940790420296036",
      "created_at" : "Fri Sep 05 12:22:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Site visit this morning.  Wellies, clipboard, a man shouting about his hedge.  Back at my desk now and my socks are still damp.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963321668208391187"
          ],
          "editableUntil" : "2025-09-03T20:22:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/XPvsusGRUO",
            "expanded_url" : "https://github.com/jsmethurst84",
            "display_url" : "github.com/jsmethurst84",
            "indices" : [
              "123",
              "146"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "0",
      "id_str" : "1963321668208391187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963321668208391187",
      "created_at" : "Wed Sep 03 19:22:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Finally tidied up the little script I use to pull the weekly planning lists into a spreadsheet. If it's any use to anyone: https://t.co/XPvsusGRUO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963004332059321373"
          ],
          "editableUntil" : "2025-09-02T23:21:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "1963004332059321373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963004332059321373",
      "created_at" : "Tue Sep 02 22:21:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Wedding anniversary. Fifteen years. She still laughs at my jokes, which says more about her than the jokes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962605314038177078"
          ],
          "editableUntil" : "2025-09-01T20:55:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "14",
      "id_str" : "1962605314038177078",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1962605314038177078",
      "created_at" : "Mon Sep 01 19:55:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Transfer deadline day and we've signed a full-back I've never heard of. Trusting the process, whatever the process is.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961729775411231095"
          ],
          "editableUntil" : "2025-08-30T10:56:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "0",
      "id_str" : "1961729775411231095",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1961729775411231095",
      "created_at" : "Sat Aug 30 09:56:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Local government isn't glamorous but the bins get emptied, the roads get gritted and the planning applications get decided. Mostly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961544563508023656"
          ],
          "editableUntil" : "2025-08-29T22:40:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1961544563508023656",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961544563508023656",
      "created_at" : "Fri Aug 29 21:40:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Re-watched a film I loved at 17. It has not aged well. Neither have I.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961396670998615388"
          ],
          "editableUntil" : "2025-08-29T12:53:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1961396670998615388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961396670998615388",
      "created_at" : "Fri Aug 29 11:53:02 +0000 2025",
      "favorited" : false,
      "full_text" : "The flowchart for the new process has a box that just says 'escalate'.  To whom?  Nobody knows.  It's boxes all the way up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961184829363386529"
          ],
          "editableUntil" : "2025-08-28T22:51:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "2",
      "id_str" : "1961184829363386529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961184829363386529",
      "created_at" : "Thu Aug 28 21:51:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Ward councillor rang to ask about an application. I explained. They explained it back to me, wrongly. We agreed to disagree.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960310678687572371"
          ],
          "editableUntil" : "2025-08-26T12:57:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "14",
      "id_str" : "1960310678687572371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960310678687572371",
      "created_at" : "Tue Aug 26 11:57:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Plans for a house extension came in drawn in biro on the back of a menu.  Honestly, I admired the confidence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959718899209205012"
          ],
          "editableUntil" : "2025-08-24T21:46:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1959718899209205012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959718899209205012",
      "created_at" : "Sun Aug 24 20:46:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Spent the evening fixing a dripping tap. Three trips to the hardware shop. Tap now drips slightly less.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959706630365034070"
          ],
          "editableUntil" : "2025-08-24T20:57:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "14",
      "id_str" : "1959706630365034070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959706630365034070",
      "created_at" : "Sun Aug 24 19:57:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Three points. I'll take it. Ugly as anything but I'll take it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959557099658781330"
          ],
          "editableUntil" : "2025-08-24T11:03:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LUFC",
            "indices" : [
              "45",
              "50"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "3",
      "id_str" : "1959557099658781330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1959557099658781330",
      "created_at" : "Sun Aug 24 10:03:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Leeds. Why do you do this to me. Every week. #LUFC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958265852159407571"
          ],
          "editableUntil" : "2025-08-20T21:32:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1958265852159407571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958265852159407571",
      "created_at" : "Wed Aug 20 20:32:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Shout out to our admin team, who actually run the place and get thanked for approximately none of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957337196871995285"
          ],
          "editableUntil" : "2025-08-18T08:02:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "2",
      "id_str" : "1957337196871995285",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1957337196871995285",
      "created_at" : "Mon Aug 18 07:02:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Train on time, coffee hot, podcast good. Something's about to go wrong.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956472880439989123"
          ],
          "editableUntil" : "2025-08-15T22:47:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "119"
      ],
      "favorite_count" : "9",
      "id_str" : "1956472880439989123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956472880439989123",
      "created_at" : "Fri Aug 15 21:47:38 +0000 2025",
      "favorited" : false,
      "full_text" : "@PlanningPete Ha, we had exactly the same last month. The applicant turned up with a petition signed by his own family.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1956467843658934831",
      "in_reply_to_status_id" : "1956467843658934831",
      "in_reply_to_user_id" : "1100000007919023757",
      "in_reply_to_user_id_str" : "1100000007919023757",
      "in_reply_to_screen_name" : "PlanningPete"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955755740256662677"
          ],
          "editableUntil" : "2025-08-13T23:17:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "planning",
            "indices" : [
              "73",
              "82"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "1",
      "id_str" : "1955755740256662677",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955755740256662677",
      "created_at" : "Wed Aug 13 22:17:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Government announces planning reform, part 47. Kettle on. Let's read it. #planning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955604197284842455"
          ],
          "editableUntil" : "2025-08-13T13:15:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "14",
      "id_str" : "1955604197284842455",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955604197284842455",
      "created_at" : "Wed Aug 13 12:15:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Applicant emailed at 23:58 asking why we hadn't replied to their email from 23:15.  Because I was asleep, Gary.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955387470857525377"
          ],
          "editableUntil" : "2025-08-12T22:54:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meg",
            "screen_name" : "MunicipalMeg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000102947308841",
            "id" : "1100000102947308841"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "52"
      ],
      "favorite_count" : "2",
      "id_str" : "1955387470857525377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955387470857525377",
      "created_at" : "Tue Aug 12 21:54:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@MunicipalMeg Happy birthday Meg! Hope there's cake.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1955371867831182786",
      "in_reply_to_status_id" : "1955371867831182786",
      "in_reply_to_user_id" : "1100000102947308841",
      "in_reply_to_user_id_str" : "1100000102947308841",
      "in_reply_to_screen_name" : "MunicipalMeg"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955351014755486378"
          ],
          "editableUntil" : "2025-08-12T20:29:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "1955351014755486378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955351014755486378",
      "created_at" : "Tue Aug 12 19:29:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Watching old episodes of a sitcom I've seen fifteen times. Comfort telly. Don't judge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955158396950791023"
          ],
          "editableUntil" : "2025-08-12T07:44:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "4",
      "id_str" : "1955158396950791023",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1955158396950791023",
      "created_at" : "Tue Aug 12 06:44:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Train stopped outside the station for 'a short delay'. Fifteen minutes and counting. The man next to me is eating a whole pork pie.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954989024058395196"
          ],
          "editableUntil" : "2025-08-11T20:31:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "59"
      ],
      "favorite_count" : "1",
      "id_str" : "1954989024058395196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1954989024058395196",
      "created_at" : "Mon Aug 11 19:31:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@LocalGovLass We've got the same org chart. Different logo.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1954980715429331962",
      "in_reply_to_status_id" : "1954980715429331962",
      "in_reply_to_user_id" : "1100000015838047514",
      "in_reply_to_user_id_str" : "1100000015838047514",
      "in_reply_to_screen_name" : "LocalGovLass"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954190746565758410"
          ],
          "editableUntil" : "2025-08-09T15:39:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1954190746565758410",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1954190746565758410",
      "created_at" : "Sat Aug 09 14:39:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Back to school shoes bought. £45 for something she'll outgrow by November. Daylight robbery.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953426669325820701"
          ],
          "editableUntil" : "2025-08-07T13:03:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "4",
      "id_str" : "1953426669325820701",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953426669325820701",
      "created_at" : "Thu Aug 07 12:03:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Everyone's on leave this week so I'm covering three patches.  Very quiet in here.  Suspiciously quiet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952332759468133446"
          ],
          "editableUntil" : "2025-08-04T12:36:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "1",
      "id_str" : "1952332759468133446",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952332759468133446",
      "created_at" : "Mon Aug 04 11:36:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Back at my desk. 412 unread emails and someone has taken my chair.  Good to be home though.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948819358916288458"
          ],
          "editableUntil" : "2025-07-25T19:55:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "9",
      "id_str" : "1948819358916288458",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1948819358916288458",
      "created_at" : "Fri Jul 25 18:55:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Out of office on, car packed, dog at my mum's in Otley. Nine days of no emails. See you on the other side.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947616725049897834"
          ],
          "editableUntil" : "2025-07-22T12:16:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "2",
      "id_str" : "1947616725049897834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947616725049897834",
      "created_at" : "Tue Jul 22 11:16:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Got thanked by a resident today, in writing, with a box of chocolates.  I've put the letter in a drawer for bad days.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946850962734052796"
          ],
          "editableUntil" : "2025-07-20T09:33:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "9",
      "id_str" : "1946850962734052796",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946850962734052796",
      "created_at" : "Sun Jul 20 08:33:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Farmers' market this morning. Bought a pork pie the size of a hubcap.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946614665044038014"
          ],
          "editableUntil" : "2025-07-19T17:54:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "id_str" : "1946614665044038014",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946614665044038014",
      "created_at" : "Sat Jul 19 16:54:37 +0000 2025",
      "favorited" : false,
      "full_text" : "School holidays have started. Six weeks. I have a plan. The plan is hope.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946168196351452973"
          ],
          "editableUntil" : "2025-07-18T12:20:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Desk Jockey",
            "screen_name" : "deskjockey_uk",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000095028285084",
            "id" : "1100000095028285084"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "55"
      ],
      "favorite_count" : "3",
      "id_str" : "1946168196351452973",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946168196351452973",
      "created_at" : "Fri Jul 18 11:20:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@deskjockey_uk Hot desking is a war and I am losing it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1946146802368883111",
      "in_reply_to_status_id" : "1946146802368883111",
      "in_reply_to_user_id" : "1100000095028285084",
      "in_reply_to_user_id_str" : "1100000095028285084",
      "in_reply_to_screen_name" : "deskjockey_uk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945809879324949244"
          ],
          "editableUntil" : "2025-07-17T12:36:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "14",
      "id_str" : "1945809879324949244",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945809879324949244",
      "created_at" : "Thu Jul 17 11:36:41 +0000 2025",
      "favorited" : false,
      "full_text" : "I don't want to be a 'thought leader'.  I want the lift to work.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945605875949540482"
          ],
          "editableUntil" : "2025-07-16T23:06:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Yorkshire Weather",
            "screen_name" : "YorksWeather",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000071271213813",
            "id" : "1100000071271213813"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "1945605875949540482",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1945605875949540482",
      "created_at" : "Wed Jul 16 22:06:03 +0000 2025",
      "favorited" : false,
      "full_text" : "@YorksWeather Still raining here. Has been since roughly October.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1945602100689764025",
      "in_reply_to_status_id" : "1945602100689764025",
      "in_reply_to_user_id" : "1100000071271213813",
      "in_reply_to_user_id_str" : "1100000071271213813",
      "in_reply_to_screen_name" : "YorksWeather"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945186094927361129"
          ],
          "editableUntil" : "2025-07-15T19:17:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Otley Rambler",
            "screen_name" : "otleyrambler",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000118785356355",
            "id" : "1100000118785356355"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "59"
      ],
      "favorite_count" : "1",
      "id_str" : "1945186094927361129",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1945186094927361129",
      "created_at" : "Tue Jul 15 18:17:59 +0000 2025",
      "favorited" : false,
      "full_text" : "@otleyrambler Muddy this time of year but worth every step.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1945172251638015547",
      "in_reply_to_status_id" : "1945172251638015547",
      "in_reply_to_user_id" : "1100000118785356355",
      "in_reply_to_user_id_str" : "1100000118785356355",
      "in_reply_to_screen_name" : "otleyrambler"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945094718232818439"
          ],
          "editableUntil" : "2025-07-15T13:14:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1945094718232818439",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1945094718232818439",
      "created_at" : "Tue Jul 15 12:14:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Three people phoned about the same pigeon today.  Not a planning matter, but I now know a lot about that pigeon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944735155256617413"
          ],
          "editableUntil" : "2025-07-14T13:26:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Parish Pump",
            "screen_name" : "ParishPumpHQ",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000047514142542",
            "id" : "1100000047514142542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1944735155256617413",
      "truncated" : false,
      "retweet_count" : "116",
      "id" : "1944735155256617413",
      "created_at" : "Mon Jul 14 12:26:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ParishPumpHQ: Parish councillors are volunteers.  Thank one today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944484914708002462"
          ],
          "editableUntil" : "2025-07-13T20:51:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "14",
      "id_str" : "1944484914708002462",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1944484914708002462",
      "created_at" : "Sun Jul 13 19:51:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Two-nil up at half time and I still don't trust them. Years of conditioning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944321650550917134"
          ],
          "editableUntil" : "2025-07-13T10:02:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "14",
      "id_str" : "1944321650550917134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944321650550917134",
      "created_at" : "Sun Jul 13 09:02:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Made bread. It's the shape of a brick and about as dense. Eating it anyway out of pride.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944161921806178611"
          ],
          "editableUntil" : "2025-07-12T23:28:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1944161921806178611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944161921806178611",
      "created_at" : "Sat Jul 12 22:28:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Garden centre with the in-laws. Came out with a plant, two scones and a strong opinion about garden gnomes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943965505686986329"
          ],
          "editableUntil" : "2025-07-12T10:27:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bin Day Blues",
            "screen_name" : "BinDayBlues",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1100000031676095028",
            "id" : "1100000031676095028"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1943965505686986329",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943965505686986329",
      "created_at" : "Sat Jul 12 09:27:48 +0000 2025",
      "favorited" : false,
      "full_text" : "@BinDayBlues Bank holiday bin collections are the dark arts of local government.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1943958709468829366",
      "in_reply_to_status_id" : "1943958709468829366",
      "in_reply_to_user_id" : "1100000031676095028",
      "in_reply_to_user_id_str" : "1100000031676095028",
      "in_reply_to_screen_name" : "BinDayBlues"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943948758729510221"
          ],
          "editableUntil" : "2025-07-12T09:21:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "6",
      "id_str" : "1943948758729510221",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1943948758729510221",
      "created_at" : "Sat Jul 12 08:21:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Matchday. Lucky scarf on. It has not been lucky since about 2019 but we don't give up on family.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943745823032860837"
          ],
          "editableUntil" : "2025-07-11T19:54:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1943745823032860837",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943745823032860837",
      "created_at" : "Fri Jul 11 18:54:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@LocalGovLass Can confirm. Reply-all is how most of us learn the names of our colleagues.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1943737011140501826",
      "in_reply_to_status_id" : "1943737011140501826",
      "in_reply_to_user_id" : "1100000015838047514",
      "in_reply_to_user_id_str" : "1100000015838047514",
      "in_reply_to_screen_name" : "LocalGovLass"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943632507935660085"
          ],
          "editableUntil" : "2025-07-11T12:24:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "6",
      "id_str" : "1943632507935660085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943632507935660085",
      "created_at" : "Fri Jul 11 11:24:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone has put a passive-aggressive note on the office fridge about yoghurt.  It is laminated.  They meant business.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943417157199700377"
          ],
          "editableUntil" : "2025-07-10T22:08:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "localgov",
            "indices" : [
              "77",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1943417157199700377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943417157199700377",
      "created_at" : "Thu Jul 10 21:08:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Councils aren't failing, they're being starved. Those aren't the same thing. #localgov",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942678901012871792"
          ],
          "editableUntil" : "2025-07-08T21:15:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/78KNf4Ju9s",
            "expanded_url" : "https://www.instagram.com/p/DLx4qR7sT2n/?igshid=MzRlODBiNWFlZA==",
            "display_url" : "instagram.com/p/DLx4qR7sT…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "14",
      "id_str" : "1942678901012871792",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1942678901012871792",
      "created_at" : "Tue Jul 08 20:15:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Allotment update for the three people who care: the courgettes have won https://t.co/78KNf4Ju9s",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942342568819462264"
          ],
          "editableUntil" : "2025-07-07T22:58:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "2",
      "id_str" : "1942342568819462264",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1942342568819462264",
      "created_at" : "Mon Jul 07 21:58:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Still thinking about the woman at the parish meeting who brought a printed copy of every email she'd ever sent us. In a wheelie case.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941808093898804651"
          ],
          "editableUntil" : "2025-07-06T11:35:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northern Sufferer",
            "screen_name" : "NorthernRailFan",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1100000039595118785",
            "id" : "1100000039595118785"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "66"
      ],
      "favorite_count" : "6",
      "id_str" : "1941808093898804651",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941808093898804651",
      "created_at" : "Sun Jul 06 10:35:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@NorthernRailFan I've stopped checking the app. It only upsets me.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1941795761422468556",
      "in_reply_to_status_id" : "1941795761422468556",
      "in_reply_to_user_id" : "1100000039595118785",
      "in_reply_to_user_id_str" : "1100000039595118785",
      "in_reply_to_screen_name" : "NorthernRailFan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941103558530585055"
          ],
          "editableUntil" : "2025-07-04T12:55:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Desk Jockey",
            "screen_name" : "deskjockey_uk",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000095028285084",
            "id" : "1100000095028285084"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "91"
      ],
      "favorite_count" : "9",
      "id_str" : "1941103558530585055",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1941103558530585055",
      "created_at" : "Fri Jul 04 11:55:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@deskjockey_uk Ha!  Ours has a sign saying 'this is not a bin'.  It is, in practice, a bin.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1941085435067074829",
      "in_reply_to_status_id" : "1941085435067074829",
      "in_reply_to_user_id" : "1100000095028285084",
      "in_reply_to_user_id_str" : "1100000095028285084",
      "in_reply_to_screen_name" : "deskjockey_uk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940864224612926244"
          ],
          "editableUntil" : "2025-07-03T21:04:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "1",
      "id_str" : "1940864224612926244",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1940864224612926244",
      "created_at" : "Thu Jul 03 20:04:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids asked what we did before mobile phones. Told them we were bored. They looked appalled.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940746155152949463"
          ],
          "editableUntil" : "2025-07-03T13:15:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "9",
      "id_str" : "1940746155152949463",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940746155152949463",
      "created_at" : "Thu Jul 03 12:15:15 +0000 2025",
      "favorited" : false,
      "full_text" : "Sometimes the best thing you can do in a meeting is nothing.  Let the silence do the work.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940175108477728453"
          ],
          "editableUntil" : "2025-07-01T23:26:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "1940175108477728453",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1940175108477728453",
      "created_at" : "Tue Jul 01 22:26:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Committee done at 21:40. Three approvals, one deferral, one councillor who asked if the bats could be 'moved'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940117402042460001"
          ],
          "editableUntil" : "2025-07-01T19:36:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "6",
      "id_str" : "1940117402042460001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940117402042460001",
      "created_at" : "Tue Jul 01 18:36:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Mentoring a new starter who asked why we don't 'just use AI for the reports'. Told him to try it on a drainage objection. He's gone quiet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940023560375534027"
          ],
          "editableUntil" : "2025-07-01T13:23:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "4",
      "id_str" : "1940023560375534027",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940023560375534027",
      "created_at" : "Tue Jul 01 12:23:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Bad night's sleep. 03:00 brain decided to review every mistake I've made since 1998.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938905858581753424"
          ],
          "editableUntil" : "2025-06-28T11:22:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1938905858581753424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938905858581753424",
      "created_at" : "Sat Jun 28 10:22:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Car boot sale this morning. Came home with a lamp nobody wants and a book about canals. Good haul.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938195304213303467"
          ],
          "editableUntil" : "2025-06-26T12:19:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1938195304213303467",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1938195304213303467",
      "created_at" : "Thu Jun 26 11:19:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Staff survey is out.  'Do you feel valued?' Multiple choice.  No option for 'depends on the day'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937946611783480840"
          ],
          "editableUntil" : "2025-06-25T19:50:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1937946611783480840",
      "truncated" : false,
      "retweet_count" : "98",
      "id" : "1937946611783480840",
      "created_at" : "Wed Jun 25 18:50:52 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @TownHallTales: The council chamber clock has been five minutes slow since 1983 and nobody will authorise the spend to fix it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937596662689251634"
          ],
          "editableUntil" : "2025-06-24T20:40:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qag9Vu9qtd",
            "expanded_url" : "https://youtu.be/Vq7rT2xLmPc?si=K3pWd9XeQz1nYb5H",
            "display_url" : "youtu.be/Vq7rT2xLmPc?si=K…",
            "indices" : [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1937596662689251634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937596662689251634",
      "created_at" : "Tue Jun 24 19:40:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Can't stop watching this. Another council's planning committee, 40 minutes on the colour of some bin stores https://t.co/qag9Vu9qtd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937118562387689900"
          ],
          "editableUntil" : "2025-06-23T13:00:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "id_str" : "1937118562387689900",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1937118562387689900",
      "created_at" : "Mon Jun 23 12:00:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Officer report finished, signed off, sent.  Small victories.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936909343751438327"
          ],
          "editableUntil" : "2025-06-22T23:09:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "1936909343751438327",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936909343751438327",
      "created_at" : "Sun Jun 22 22:09:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Walked up to the Chevin with the dog. Legs gone. Views worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936709895075607277"
          ],
          "editableUntil" : "2025-06-22T09:56:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northern Sufferer",
            "screen_name" : "NorthernRailFan",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1100000039595118785",
            "id" : "1100000039595118785"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1936709895075607277",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1936709895075607277",
      "created_at" : "Sun Jun 22 08:56:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @NorthernRailFan: Today's trains have been brought to you by the letters D, E, L, A and Y.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936371889467521079"
          ],
          "editableUntil" : "2025-06-21T11:33:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "9",
      "id_str" : "1936371889467521079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936371889467521079",
      "created_at" : "Sat Jun 21 10:33:29 +0000 2025",
      "favorited" : false,
      "full_text" : "Midsummer. Sat outside till 22:00 last night with a cup of tea like a proper grown-up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935421495105479119"
          ],
          "editableUntil" : "2025-06-18T20:36:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "1935421495105479119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935421495105479119",
      "created_at" : "Wed Jun 18 19:36:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Decided to learn Spanish. Owl on my phone is already disappointed in me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935300235904947058"
          ],
          "editableUntil" : "2025-06-18T12:35:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "id_str" : "1935300235904947058",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935300235904947058",
      "created_at" : "Wed Jun 18 11:35:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Fixtures out.  Already dreading the away trip in December.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934684131706517782"
          ],
          "editableUntil" : "2025-06-16T19:46:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1934684131706517782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934684131706517782",
      "created_at" : "Mon Jun 16 18:46:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Thunderstorm rolling in over the hills. The dog has gone to bed. Wise dog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934584739098494558"
          ],
          "editableUntil" : "2025-06-16T13:11:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "9",
      "id_str" : "1934584739098494558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934584739098494558",
      "created_at" : "Mon Jun 16 12:11:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire alarm test at 12:30 sharp, right as the kettle boiled.  Every week.  Every single week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933824924053549473"
          ],
          "editableUntil" : "2025-06-14T10:52:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "id_str" : "1933824924053549473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933824924053549473",
      "created_at" : "Sat Jun 14 09:52:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Heatwave tip from a man who works in an office with no air con: there is no tip. We just suffer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933268894292185153"
          ],
          "editableUntil" : "2025-06-12T22:03:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "14",
      "id_str" : "1933268894292185153",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1933268894292185153",
      "created_at" : "Thu Jun 12 21:03:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Evie was the best tree in the history of the Broadgate Primary summer play. Two lines, delivered with total conviction. Proud dad.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932168660806629007"
          ],
          "editableUntil" : "2025-06-09T21:11:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "6",
      "id_str" : "1932168660806629007",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1932168660806629007",
      "created_at" : "Mon Jun 09 20:11:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Hosepipe in one hand, glass of something cold in the other. Summer evenings are the best evenings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931265132169744519"
          ],
          "editableUntil" : "2025-06-07T09:21:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Desk Jockey",
            "screen_name" : "deskjockey_uk",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000095028285084",
            "id" : "1100000095028285084"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1931265132169744519",
      "truncated" : false,
      "retweet_count" : "117",
      "id" : "1931265132169744519",
      "created_at" : "Sat Jun 07 08:21:03 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @deskjockey_uk: Hybrid working means I now have two desks and no desk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929861067764086826"
          ],
          "editableUntil" : "2025-06-03T12:21:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "id_str" : "1929861067764086826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929861067764086826",
      "created_at" : "Tue Jun 03 11:21:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone's microwaved fish on our floor.  Tribunal pending.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929514516482077864"
          ],
          "editableUntil" : "2025-06-02T13:24:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1929514516482077864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929514516482077864",
      "created_at" : "Mon Jun 02 12:24:44 +0000 2025",
      "favorited" : false,
      "full_text" : "It's 28 degrees and the office windows don't open 'for safety reasons'.  We are being slow cooked.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928747496976073909"
          ],
          "editableUntil" : "2025-05-31T10:36:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1928747496976073909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928747496976073909",
      "created_at" : "Sat May 31 09:36:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Why does every child's party involve a soft play centre that sounds like an aircraft hangar full of geese?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928519744840821738"
          ],
          "editableUntil" : "2025-05-30T19:31:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1928519744840821738",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1928519744840821738",
      "created_at" : "Fri May 30 18:31:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Twenty years in and I still get a small thrill when a decent scheme gets through committee unanimously.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928173535487874374"
          ],
          "editableUntil" : "2025-05-29T20:36:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "1928173535487874374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928173535487874374",
      "created_at" : "Thu May 29 19:36:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@PlanningPete Not a chance. Section 73 all day long.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1928156925002507922",
      "in_reply_to_status_id" : "1928156925002507922",
      "in_reply_to_user_id" : "1100000007919023757",
      "in_reply_to_user_id_str" : "1100000007919023757",
      "in_reply_to_screen_name" : "PlanningPete"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927487512316683283"
          ],
          "editableUntil" : "2025-05-27T23:10:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "4",
      "id_str" : "1927487512316683283",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1927487512316683283",
      "created_at" : "Tue May 27 22:10:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Made a curry from scratch tonight. Smoke alarm went off twice. Family say it was worth it. Family are kind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926682981929190537"
          ],
          "editableUntil" : "2025-05-25T17:53:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "1926682981929190537",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1926682981929190537",
      "created_at" : "Sun May 25 16:53:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Decluttering. Threw away 40 charging cables for phones we no longer own.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926281788606229362"
          ],
          "editableUntil" : "2025-05-24T15:19:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "4",
      "id_str" : "1926281788606229362",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1926281788606229362",
      "created_at" : "Sat May 24 14:19:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Mowed the lawn in stripes. Nobody noticed. I noticed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926204888444211377"
          ],
          "editableUntil" : "2025-05-24T10:13:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1926204888444211377",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1926204888444211377",
      "created_at" : "Sat May 24 09:13:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Brother-in-law is doing a barbecue. He owns an apron that says 'Grill Sergeant'. I am bringing coleslaw and low expectations.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926043096604258916"
          ],
          "editableUntil" : "2025-05-23T23:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "4",
      "id_str" : "1926043096604258916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1926043096604258916",
      "created_at" : "Fri May 23 22:30:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Objection letter of the week: 'this extension will block my view of the sky'. Sir, it is a single-storey porch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924950172461841246"
          ],
          "editableUntil" : "2025-05-20T23:07:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1924950172461841246",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1924950172461841246",
      "created_at" : "Tue May 20 22:07:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Fire drill at 10:00, everyone stood in the car park in the drizzle for 25 minutes. Team bonding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924802466417889714"
          ],
          "editableUntil" : "2025-05-20T13:20:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Budget Wonk",
            "screen_name" : "budgetwonk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1100000087109261327",
            "id" : "1100000087109261327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1924802466417889714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924802466417889714",
      "created_at" : "Tue May 20 12:20:43 +0000 2025",
      "favorited" : false,
      "full_text" : "@budgetwonk And it's the discretionary services that go first.  Always.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1924785098850711877",
      "in_reply_to_status_id" : "1924785098850711877",
      "in_reply_to_user_id" : "1100000087109261327",
      "in_reply_to_user_id_str" : "1100000087109261327",
      "in_reply_to_screen_name" : "budgetwonk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924578537786038776"
          ],
          "editableUntil" : "2025-05-19T22:30:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "4",
      "id_str" : "1924578537786038776",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924578537786038776",
      "created_at" : "Mon May 19 21:30:55 +0000 2025",
      "favorited" : false,
      "full_text" : "My knee has started making a noise when I stand up. Not a good noise. A cereal noise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924050302103201584"
          ],
          "editableUntil" : "2025-05-18T11:31:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leeds United",
            "screen_name" : "LUFC",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "1100000063352190056",
            "id" : "1100000063352190056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "6",
        "60"
      ],
      "favorite_count" : "0",
      "id_str" : "1924050302103201584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924050302103201584",
      "created_at" : "Sun May 18 10:31:53 +0000 2025",
      "favorited" : false,
      "full_text" : "@LUFC Please just defend a set piece. Just the once. For me.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1924031172703413573",
      "in_reply_to_status_id" : "1924031172703413573",
      "in_reply_to_user_id" : "1100000063352190056",
      "in_reply_to_user_id_str" : "1100000063352190056",
      "in_reply_to_screen_name" : "LUFC"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924047107470090823"
          ],
          "editableUntil" : "2025-05-18T11:19:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Desk Jockey",
            "screen_name" : "deskjockey_uk",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000095028285084",
            "id" : "1100000095028285084"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1924047107470090823",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1924047107470090823",
      "created_at" : "Sun May 18 10:19:12 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @deskjockey_uk: My work laptop has decided to update itself during a presentation to the director. A thread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923470329570079402"
          ],
          "editableUntil" : "2025-05-16T21:07:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1923470329570079402",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1923470329570079402",
      "created_at" : "Fri May 16 20:07:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Pint in the garden, sun still out at nine. This is why we put up with February.",
      "lang" : "en",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-1.643561",
          "53.837812"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "53.837812",
          "-1.643561"
        ]
      },
      "place" : {
        "name" : "Leeds",
        "full_name" : "Leeds, England",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "city",
        "id" : "27a2a2b4cc0b4a2c",
        "url" : "https://api.twitter.com/1.1/geo/id/27a2a2b4cc0b4a2c.json",
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "-1.800421",
                "53.698968"
              ],
              [
                "-1.290352",
                "53.698968"
              ],
              [
                "-1.290352",
                "53.945872"
              ],
              [
                "-1.800421",
                "53.945872"
              ]
            ]
          ]
        },
        "attributes" : {}
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922624944771349310"
          ],
          "editableUntil" : "2025-05-14T13:08:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "1922624944771349310",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922624944771349310",
      "created_at" : "Wed May 14 12:08:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Our team has a shared calendar.  It is a work of speculative fiction.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922368271522267993"
          ],
          "editableUntil" : "2025-05-13T20:08:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "94"
      ],
      "favorite_count" : "6",
      "id_str" : "1922368271522267993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922368271522267993",
      "created_at" : "Tue May 13 19:08:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@TownHallTales This happened to a colleague. The councillor asked to see the bats 'in person'.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1922352666769725072",
      "in_reply_to_status_id" : "1922352666769725072",
      "in_reply_to_user_id" : "1100000023757071271",
      "in_reply_to_user_id_str" : "1100000023757071271",
      "in_reply_to_screen_name" : "TownHallTales"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922028528896607199"
          ],
          "editableUntil" : "2025-05-12T21:38:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1922028528896607199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922028528896607199",
      "created_at" : "Mon May 12 20:38:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Pub garden, a pint of bitter and a packet of scampi fries. Don't tell the doctor.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921893993345354169"
          ],
          "editableUntil" : "2025-05-12T12:43:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "3",
      "id_str" : "1921893993345354169",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921893993345354169",
      "created_at" : "Mon May 12 11:43:29 +0000 2025",
      "favorited" : false,
      "full_text" : "The printer on our floor has been broken since Tuesday.  We have a printer working group.  It has met twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921544596207273785"
          ],
          "editableUntil" : "2025-05-11T13:35:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1921544596207273785",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1921544596207273785",
      "created_at" : "Sun May 11 12:35:06 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @TownHallTales: The three stages of a council restructure: denial, a new logo, the same thing again in two years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920806412823092843"
          ],
          "editableUntil" : "2025-05-09T12:41:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "0",
      "id_str" : "1920806412823092843",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920806412823092843",
      "created_at" : "Fri May 09 11:41:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Somebody left a box of doughnuts by the photocopier with a note saying 'for the planners, sorry about Tuesday'.  No idea what happened on Tuesday.  Eating one anyway.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920573753868961684"
          ],
          "editableUntil" : "2025-05-08T21:17:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1920573753868961684",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1920573753868961684",
      "created_at" : "Thu May 08 20:17:20 +0000 2025",
      "favorited" : false,
      "full_text" : "Daughter is learning the recorder. The dog has moved out. Figuratively.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920444486565145608"
          ],
          "editableUntil" : "2025-05-08T12:43:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1920444486565145608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920444486565145608",
      "created_at" : "Thu May 08 11:43:40 +0000 2025",
      "favorited" : false,
      "full_text" : "My job in one sentence: being shouted at by people who want more houses and people who want fewer houses, often on the same day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920220342326760254"
          ],
          "editableUntil" : "2025-05-07T21:53:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "1920220342326760254",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1920220342326760254",
      "created_at" : "Wed May 07 20:53:00 +0000 2025",
      "favorited" : false,
      "full_text" : "There's a new councillor on our committee who has actually read the papers. Don't tell anyone, I don't want them to stop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919867994028776972"
          ],
          "editableUntil" : "2025-05-06T22:32:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1919867994028776972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919867994028776972",
      "created_at" : "Tue May 06 21:32:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Dog walk at dusk, bats over the field. Nice reminder the surveys in those planning files are about real things.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918960939187981047"
          ],
          "editableUntil" : "2025-05-04T10:28:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "14",
      "id_str" : "1918960939187981047",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1918960939187981047",
      "created_at" : "Sun May 04 09:28:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Cleared the gutters. At my age. On a ladder. Everyone's fine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918652004631352561"
          ],
          "editableUntil" : "2025-05-03T14:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "0",
      "id_str" : "1918652004631352561",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918652004631352561",
      "created_at" : "Sat May 03 13:00:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Fish and chips on the sea front. Seagull took a chip right out of my daughter's hand. She's plotting revenge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918431358095476928"
          ],
          "editableUntil" : "2025-05-02T23:24:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1918431358095476928",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918431358095476928",
      "created_at" : "Fri May 02 22:24:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@TownHallTales Our staff survey results came back and the top comment was 'more chairs'. Nobody has acted on it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1918429595828938324",
      "in_reply_to_status_id" : "1918429595828938324",
      "in_reply_to_user_id" : "1100000023757071271",
      "in_reply_to_user_id_str" : "1100000023757071271",
      "in_reply_to_screen_name" : "TownHallTales"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917552932826755731"
          ],
          "editableUntil" : "2025-04-30T13:13:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "4",
      "id_str" : "1917552932826755731",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1917552932826755731",
      "created_at" : "Wed Apr 30 12:13:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Every council is one retirement away from nobody knowing how the drainage database works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917186388698227767"
          ],
          "editableUntil" : "2025-04-29T12:57:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1917186388698227767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917186388698227767",
      "created_at" : "Tue Apr 29 11:57:09 +0000 2025",
      "favorited" : false,
      "full_text" : "The coffee machine on the fourth floor now takes contactless only.  Nobody has a card that works with it.  We're back to the kettle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915744524316790306"
          ],
          "editableUntil" : "2025-04-25T13:27:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "14",
      "id_str" : "1915744524316790306",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1915744524316790306",
      "created_at" : "Fri Apr 25 12:27:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Team meeting ran over because we spent twenty minutes discussing the name of the team meeting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915514891567745820"
          ],
          "editableUntil" : "2025-04-24T22:15:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "3",
      "id_str" : "1915514891567745820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915514891567745820",
      "created_at" : "Thu Apr 24 21:15:13 +0000 2025",
      "favorited" : false,
      "full_text" : "People ask if I'd go private. Sometimes. Then I remember why I do this.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915148373930280874"
          ],
          "editableUntil" : "2025-04-23T21:58:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "9",
      "id_str" : "1915148373930280874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915148373930280874",
      "created_at" : "Wed Apr 23 20:58:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Still not over Monday. Promoted. PROMOTED. I cried in the kitchen on a bank holiday and I'm not ashamed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913916982045274703"
          ],
          "editableUntil" : "2025-04-20T12:25:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1913916982045274703",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1913916982045274703",
      "created_at" : "Sun Apr 20 11:25:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Easter egg hunt in the garden. Found all of them except the one the dog found first.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912830109767797023"
          ],
          "editableUntil" : "2025-04-17T12:26:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "14",
      "id_str" : "1912830109767797023",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1912830109767797023",
      "created_at" : "Thu Apr 17 11:26:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Nice to see the trees by the office coming into leaf.  Small mercies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912610974200964693"
          ],
          "editableUntil" : "2025-04-16T21:56:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1912610974200964693",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912610974200964693",
      "created_at" : "Wed Apr 16 20:56:05 +0000 2025",
      "favorited" : false,
      "full_text" : "Pre-application meeting where the architect had clearly never seen the site. The drawings had a river in the wrong place.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912476246333002439"
          ],
          "editableUntil" : "2025-04-16T13:00:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Planning Institute fan account",
            "screen_name" : "RTPIplanning",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000079190237570",
            "id" : "1100000079190237570"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1912476246333002439",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1912476246333002439",
      "created_at" : "Wed Apr 16 12:00:43 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RTPIplanning: Local authority planning departments have lost around a quarter of their staff in a decade.  Resourcing matters.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912117693535134662"
          ],
          "editableUntil" : "2025-04-15T13:15:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town Hall Tales",
            "screen_name" : "TownHallTales",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000023757071271",
            "id" : "1100000023757071271"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1912117693535134662",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912117693535134662",
      "created_at" : "Tue Apr 15 12:15:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@TownHallTales I once minuted a three-hour meeting about a bench.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1912097056617936598",
      "in_reply_to_status_id" : "1912097056617936598",
      "in_reply_to_user_id" : "1100000023757071271",
      "in_reply_to_user_id_str" : "1100000023757071271",
      "in_reply_to_screen_name" : "TownHallTales"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911742328725550576"
          ],
          "editableUntil" : "2025-04-14T12:24:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Local Gov Lass",
            "screen_name" : "LocalGovLass",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000015838047514",
            "id" : "1100000015838047514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1911742328725550576",
      "truncated" : false,
      "retweet_count" : "140",
      "id" : "1911742328725550576",
      "created_at" : "Mon Apr 14 11:24:24 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @LocalGovLass: Reminder that every council officer you shout at on the phone is also a council tax payer, a parent, a neighbour.  Be kind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910786716202361462"
          ],
          "editableUntil" : "2025-04-11T21:07:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "9",
      "id_str" : "1910786716202361462",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910786716202361462",
      "created_at" : "Fri Apr 11 20:07:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Kids have built a den in the living room. I've been asked for a planning application. Refused on design grounds.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910096307995847871"
          ],
          "editableUntil" : "2025-04-09T23:23:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1910096307995847871",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910096307995847871",
      "created_at" : "Wed Apr 09 22:23:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Today I learned that a 'minor amendment' can be eleven new windows.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909932626698627018"
          ],
          "editableUntil" : "2025-04-09T12:33:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9yuH564ZjQ",
            "expanded_url" : "https://www.leeds.gov.uk/planning/planning-applications/consultations",
            "display_url" : "leeds.gov.uk/planning/pla…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "2",
      "id_str" : "1909932626698627018",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1909932626698627018",
      "created_at" : "Wed Apr 09 11:33:17 +0000 2025",
      "favorited" : false,
      "full_text" : "If you live round here and have views on the station car park plans, the consultation closes on 25/04: https://t.co/9yuH564ZjQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909734002014429952"
          ],
          "editableUntil" : "2025-04-08T23:24:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1909734002014429952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909734002014429952",
      "created_at" : "Tue Apr 08 22:24:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Helped with maths homework tonight. They do it differently now. I'm apparently doing it wrong. I got the right answer, mind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909689647403132824"
          ],
          "editableUntil" : "2025-04-08T20:27:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Otley Rambler",
            "screen_name" : "otleyrambler",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000118785356355",
            "id" : "1100000118785356355"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "56"
      ],
      "favorite_count" : "6",
      "id_str" : "1909689647403132824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909689647403132824",
      "created_at" : "Tue Apr 08 19:27:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@otleyrambler Gorgeous. One of my favourite walks, that.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1909685617033620571",
      "in_reply_to_status_id" : "1909685617033620571",
      "in_reply_to_user_id" : "1100000118785356355",
      "in_reply_to_user_id_str" : "1100000118785356355",
      "in_reply_to_screen_name" : "otleyrambler"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908254840400936540"
          ],
          "editableUntil" : "2025-04-04T21:26:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1908254840400936540",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908254840400936540",
      "created_at" : "Fri Apr 04 20:26:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Lovely evening light over the valley tonight. Stood on the back step far longer than the bins required.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908135135601901680"
          ],
          "editableUntil" : "2025-04-04T13:30:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1908135135601901680",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908135135601901680",
      "created_at" : "Fri Apr 04 12:30:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Dear senior management, 'do more with less' is not a strategy, it's a sentence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907758418732320818"
          ],
          "editableUntil" : "2025-04-03T12:33:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1907758418732320818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907758418732320818",
      "created_at" : "Thu Apr 03 11:33:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Sandwich, crisps and a 40-page appeal decision.  The inspector agreed with us.  Best lunch of the month.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907513498610138778"
          ],
          "editableUntil" : "2025-04-02T20:20:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "1907513498610138778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907513498610138778",
      "created_at" : "Wed Apr 02 19:20:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Clocks went forward and I've lost an hour I was going to spend doing nothing. Outrageous.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906028536786419901"
          ],
          "editableUntil" : "2025-03-29T17:59:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1906028536786419901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906028536786419901",
      "created_at" : "Sat Mar 29 16:59:50 +0000 2025",
      "favorited" : false,
      "full_text" : "The older I get the more I think kindness is a skill, not a personality trait. You practise it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905947992899138914"
          ],
          "editableUntil" : "2025-03-29T12:39:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leeds United",
            "screen_name" : "LUFC",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "1100000063352190056",
            "id" : "1100000063352190056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "6",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "1905947992899138914",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1905947992899138914",
      "created_at" : "Sat Mar 29 11:39:46 +0000 2025",
      "favorited" : false,
      "full_text" : "@LUFC Come on lads. Need a performance today.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1905929114484925413",
      "in_reply_to_status_id" : "1905929114484925413",
      "in_reply_to_user_id" : "1100000063352190056",
      "in_reply_to_user_id_str" : "1100000063352190056",
      "in_reply_to_screen_name" : "LUFC"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905934784750915683"
          ],
          "editableUntil" : "2025-03-29T11:47:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/QuietClerk/status/1905934784750915683/photo/1",
            "indices" : [
              "95",
              "118"
            ],
            "url" : "https://t.co/PHyOU8eueJ",
            "media_url" : "http://pbs.twimg.com/media/GnB7xQ2WcAAr8Kp.jpg",
            "id_str" : "1905934784750914682",
            "id" : "1905934784750914682",
            "media_url_https" : "https://pbs.twimg.com/media/GnB7xQ2WcAAr8Kp.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "small" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "large" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/PHyOU8eueJ"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1905934784750915683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905934784750915683",
      "created_at" : "Sat Mar 29 10:47:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Biscuit has discovered the river at Golden Acre Park and will not be coming home. Send towels. https://t.co/PHyOU8eueJ",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/QuietClerk/status/1905934784750915683/photo/1",
            "indices" : [
              "95",
              "118"
            ],
            "url" : "https://t.co/PHyOU8eueJ",
            "media_url" : "http://pbs.twimg.com/media/GnB7xQ2WcAAr8Kp.jpg",
            "id_str" : "1905934784750914682",
            "id" : "1905934784750914682",
            "media_url_https" : "https://pbs.twimg.com/media/GnB7xQ2WcAAr8Kp.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "small" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              },
              "large" : {
                "w" : "320",
                "h" : "240",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/PHyOU8eueJ"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905607594925865600"
          ],
          "editableUntil" : "2025-03-28T14:07:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "72"
      ],
      "favorite_count" : "2",
      "id_str" : "1905607594925865600",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905607594925865600",
      "created_at" : "Fri Mar 28 13:07:09 +0000 2025",
      "favorited" : false,
      "full_text" : "@PlanningPete Honestly, the bat survey is always the bit that gets them.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1905601803581368931",
      "in_reply_to_status_id" : "1905601803581368931",
      "in_reply_to_user_id" : "1100000007919023757",
      "in_reply_to_user_id_str" : "1100000007919023757",
      "in_reply_to_screen_name" : "PlanningPete"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905374065921934978"
          ],
          "editableUntil" : "2025-03-27T22:39:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "1905374065921934978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905374065921934978",
      "created_at" : "Thu Mar 27 21:39:12 +0000 2025",
      "favorited" : false,
      "full_text" : "@PlanningPete I'd frame that objection letter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1905355191090522159",
      "in_reply_to_status_id" : "1905355191090522159",
      "in_reply_to_user_id" : "1100000007919023757",
      "in_reply_to_user_id_str" : "1100000007919023757",
      "in_reply_to_screen_name" : "PlanningPete"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904878591801411118"
          ],
          "editableUntil" : "2025-03-26T13:50:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "9",
      "id_str" : "1904878591801411118",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1904878591801411118",
      "created_at" : "Wed Mar 26 12:50:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Reminder for anyone applying for planning permission: the photos you send us are public.  Tidy the kitchen.  Or at least move the washing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903754218474837123"
          ],
          "editableUntil" : "2025-03-23T11:22:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leeds United",
            "screen_name" : "LUFC",
            "indices" : [
              "3",
              "8"
            ],
            "id_str" : "1100000063352190056",
            "id" : "1100000063352190056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1903754218474837123",
      "truncated" : false,
      "retweet_count" : "55",
      "id" : "1903754218474837123",
      "created_at" : "Sun Mar 23 10:22:30 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @LUFC: Team news is in. Here's how we line up this afternoon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903556126848416614"
          ],
          "editableUntil" : "2025-03-22T22:15:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "6",
      "id_str" : "1903556126848416614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903556126848416614",
      "created_at" : "Sat Mar 22 21:15:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Hot take: most planning committees do a decent job with very little thanks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903479797025442773"
          ],
          "editableUntil" : "2025-03-22T17:12:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "3",
      "id_str" : "1903479797025442773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903479797025442773",
      "created_at" : "Sat Mar 22 16:12:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Tip run on a Saturday morning is the great leveller. Barristers and builders queuing together with their broken garden furniture.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903164630829695402"
          ],
          "editableUntil" : "2025-03-21T20:19:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1903164630829695402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903164630829695402",
      "created_at" : "Fri Mar 21 19:19:41 +0000 2025",
      "favorited" : false,
      "full_text" : "Booked the car in for its MOT and now I'm just waiting for the phone call that starts 'so...'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903067853436536504"
          ],
          "editableUntil" : "2025-03-21T13:55:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1903067853436536504",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1903067853436536504",
      "created_at" : "Fri Mar 21 12:55:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Reading about another council going bankrupt.  There but for the grace of God.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902695875332879427"
          ],
          "editableUntil" : "2025-03-20T13:17:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "1902695875332879427",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902695875332879427",
      "created_at" : "Thu Mar 20 12:17:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Cold tea, warm office, long afternoon.  Onwards.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902486220316894224"
          ],
          "editableUntil" : "2025-03-19T23:23:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "4",
      "id_str" : "1902486220316894224",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902486220316894224",
      "created_at" : "Wed Mar 19 22:23:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Had the 'so what do you do' conversation at a party. Said 'council'. Watched their face do the thing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902467825586312990"
          ],
          "editableUntil" : "2025-03-19T22:10:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "6",
      "id_str" : "1902467825586312990",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1902467825586312990",
      "created_at" : "Wed Mar 19 21:10:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Morning spent explaining to a developer that 'in keeping with the character of the area' does not mean 'grey render, but more of it'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902350346982963235"
          ],
          "editableUntil" : "2025-03-19T14:24:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Budget Wonk",
            "screen_name" : "budgetwonk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1100000087109261327",
            "id" : "1100000087109261327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "59"
      ],
      "favorite_count" : "6",
      "id_str" : "1902350346982963235",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902350346982963235",
      "created_at" : "Wed Mar 19 13:24:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@budgetwonk Would love to see this broken down by district.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1902346822351858456",
      "in_reply_to_status_id" : "1902346822351858456",
      "in_reply_to_user_id" : "1100000087109261327",
      "in_reply_to_user_id_str" : "1100000087109261327",
      "in_reply_to_screen_name" : "budgetwonk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902100904947183857"
          ],
          "editableUntil" : "2025-03-18T21:52:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "9",
      "id_str" : "1902100904947183857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902100904947183857",
      "created_at" : "Tue Mar 18 20:52:49 +0000 2025",
      "favorited" : false,
      "full_text" : "A plea: if you're going to object to a planning application, at least read it first. Half the letters we get are about a different site.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901617772023074641"
          ],
          "editableUntil" : "2025-03-17T13:53:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Planning Institute fan account",
            "screen_name" : "RTPIplanning",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000079190237570",
            "id" : "1100000079190237570"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "81"
      ],
      "favorite_count" : "3",
      "id_str" : "1901617772023074641",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1901617772023074641",
      "created_at" : "Mon Mar 17 12:53:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@RTPIplanning Good thread.  The point about resourcing is the whole story really.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1901598894062433746",
      "in_reply_to_status_id" : "1901598894062433746",
      "in_reply_to_user_id" : "1100000079190237570",
      "in_reply_to_user_id_str" : "1100000079190237570",
      "in_reply_to_screen_name" : "RTPIplanning"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901209968480538611"
          ],
          "editableUntil" : "2025-03-16T10:52:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1901209968480538611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901209968480538611",
      "created_at" : "Sun Mar 16 09:52:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Dug over the veg patch. My back has filed a formal complaint.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900916690397848870"
          ],
          "editableUntil" : "2025-03-15T15:27:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "4",
      "id_str" : "1900916690397848870",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1900916690397848870",
      "created_at" : "Sat Mar 15 14:27:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Sorted the loft. Found my old school reports. 'Could try harder.' Still accurate, thirty years on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900667050126517952"
          ],
          "editableUntil" : "2025-03-14T22:55:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1900667050126517952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900667050126517952",
      "created_at" : "Fri Mar 14 21:55:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Had a proper catch-up with an old friend from uni. Two hours on the phone. We solved nothing and it was grand.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900276255756057591"
          ],
          "editableUntil" : "2025-03-13T21:02:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1900276255756057591",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900276255756057591",
      "created_at" : "Thu Mar 13 20:02:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Doctor says cut down on salt and coffee. I've stopped adding salt to my coffee. Progress.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900169296033085032"
          ],
          "editableUntil" : "2025-03-13T13:57:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "1",
      "id_str" : "1900169296033085032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900169296033085032",
      "created_at" : "Thu Mar 13 12:57:18 +0000 2025",
      "favorited" : false,
      "full_text" : "The new case management system went live on Monday.  It is now Thursday.  I have logged eleven tickets.  I am on first-name terms with the helpdesk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899916880452401975"
          ],
          "editableUntil" : "2025-03-12T21:14:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/W20PM77EZH",
            "expanded_url" : "https://docs.google.com/document/d/1hQ7vXk2Lp9RtYw3ZbN8cDfGq4JmS6aUe0VoPiKlTzxA/edit?usp=sharing",
            "display_url" : "docs.google.com/document/…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "9",
      "id_str" : "1899916880452401975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899916880452401975",
      "created_at" : "Wed Mar 12 20:14:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Put together a plain-English guide to commenting on planning applications. Feedback welcome before I tidy it up: https://t.co/W20PM77EZH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899573514579384466"
          ],
          "editableUntil" : "2025-03-11T22:29:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1899573514579384466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899573514579384466",
      "created_at" : "Tue Mar 11 21:29:52 +0000 2025",
      "favorited" : false,
      "full_text" : "Started a jigsaw. 1000 pieces. It's all sky. What was I thinking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899568108881850040"
          ],
          "editableUntil" : "2025-03-11T22:08:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Budget Wonk",
            "screen_name" : "budgetwonk",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1100000087109261327",
            "id" : "1100000087109261327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "1899568108881850040",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1899568108881850040",
      "created_at" : "Tue Mar 11 21:08:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@budgetwonk The real figure is worse once you adjust for demand.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1899553764014322853",
      "in_reply_to_status_id" : "1899553764014322853",
      "in_reply_to_user_id" : "1100000087109261327",
      "in_reply_to_user_id_str" : "1100000087109261327",
      "in_reply_to_screen_name" : "budgetwonk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899188940865422479"
          ],
          "editableUntil" : "2025-03-10T21:01:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1899188940865422479",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1899188940865422479",
      "created_at" : "Mon Mar 10 20:01:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Worst part of the job: telling someone their dream house is a no. Had to do it twice today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898733004262098648"
          ],
          "editableUntil" : "2025-03-09T14:49:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1898733004262098648",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1898733004262098648",
      "created_at" : "Sun Mar 09 13:49:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Nine-year-old has asked what I actually do at work. Told her 'I say no to people nicely'. She said 'like you do to me'. Fair.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898704123840793593"
          ],
          "editableUntil" : "2025-03-09T12:55:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1898704123840793593",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898704123840793593",
      "created_at" : "Sun Mar 09 11:55:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Spring has sprung. Lawnmower has not. Off to the shed to coax it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898410715565050530"
          ],
          "editableUntil" : "2025-03-08T17:29:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1898410715565050530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898410715565050530",
      "created_at" : "Sat Mar 08 16:29:20 +0000 2025",
      "favorited" : false,
      "full_text" : "International break. What am I supposed to do with my weekend? Talk to my family?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898317776217308674"
          ],
          "editableUntil" : "2025-03-08T11:20:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meg",
            "screen_name" : "MunicipalMeg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000102947308841",
            "id" : "1100000102947308841"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "57"
      ],
      "favorite_count" : "9",
      "id_str" : "1898317776217308674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898317776217308674",
      "created_at" : "Sat Mar 08 10:20:01 +0000 2025",
      "favorited" : false,
      "full_text" : "@MunicipalMeg Ha, the dog is very much the boss here too.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1898316012320289625",
      "in_reply_to_status_id" : "1898316012320289625",
      "in_reply_to_user_id" : "1100000102947308841",
      "in_reply_to_user_id_str" : "1100000102947308841",
      "in_reply_to_screen_name" : "MunicipalMeg"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898119322373936012"
          ],
          "editableUntil" : "2025-03-07T22:11:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Planning Institute fan account",
            "screen_name" : "RTPIplanning",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000079190237570",
            "id" : "1100000079190237570"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1898119322373936012",
      "truncated" : false,
      "retweet_count" : "132",
      "id" : "1898119322373936012",
      "created_at" : "Fri Mar 07 21:11:26 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RTPIplanning: Good planning is invisible. Bad planning you live with for a hundred years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898119228943161718"
          ],
          "editableUntil" : "2025-03-07T22:11:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "6",
      "id_str" : "1898119228943161718",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1898119228943161718",
      "created_at" : "Fri Mar 07 21:11:04 +0000 2025",
      "favorited" : false,
      "full_text" : "I'll never understand people who are rude to receptionists. Whoever you are, whatever you want, it starts with them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898088114971490857"
          ],
          "editableUntil" : "2025-03-07T20:07:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "3",
      "id_str" : "1898088114971490857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898088114971490857",
      "created_at" : "Fri Mar 07 19:07:26 +0000 2025",
      "favorited" : false,
      "full_text" : "A quiet thank you to everyone who's said kind things about the blog. It started as shouting into the void and the void has started shouting back.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898003421285950079"
          ],
          "editableUntil" : "2025-03-07T14:30:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "id_str" : "1898003421285950079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898003421285950079",
      "created_at" : "Fri Mar 07 13:30:53 +0000 2025",
      "favorited" : false,
      "full_text" : "The funny thing about cuts is that the work doesn't get cut.  Just the people who used to do it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897737583982124611"
          ],
          "editableUntil" : "2025-03-06T20:54:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1897737583982124611",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897737583982124611",
      "created_at" : "Thu Mar 06 19:54:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Planning tip: if your neighbour's application annoys you, say why in planning terms. 'I don't like them' isn't one, however true.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897273431100911612"
          ],
          "editableUntil" : "2025-03-05T14:10:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1897273431100911612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897273431100911612",
      "created_at" : "Wed Mar 05 13:10:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Out for a walk round the block at lunch.  Proper sunshine.  I'd forgotten what it looked like.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896664278607769885"
          ],
          "editableUntil" : "2025-03-03T21:49:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1896664278607769885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896664278607769885",
      "created_at" : "Mon Mar 03 20:49:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Year-end in local government: everyone suddenly remembers the things they promised to do in April.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896218971024973084"
          ],
          "editableUntil" : "2025-03-02T16:20:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Leeds United",
            "screen_name" : "LUFC",
            "indices" : [
              "3",
              "8"
            ],
            "id_str" : "1100000063352190056",
            "id" : "1100000063352190056"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1896218971024973084",
      "truncated" : false,
      "retweet_count" : "114",
      "id" : "1896218971024973084",
      "created_at" : "Sun Mar 02 15:20:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @LUFC: Happy birthday to our former skipper, a true Elland Road legend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895595055810912398"
          ],
          "editableUntil" : "2025-02-28T23:00:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "14",
      "id_str" : "1895595055810912398",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1895595055810912398",
      "created_at" : "Fri Feb 28 22:00:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Spare a thought for the people who have to minute meetings. They hear everything and can repeat none of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895239632236884921"
          ],
          "editableUntil" : "2025-02-27T23:28:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1895239632236884921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895239632236884921",
      "created_at" : "Thu Feb 27 22:28:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Wrote 'kind regards' on an email where I meant neither.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895085241842439515"
          ],
          "editableUntil" : "2025-02-27T13:15:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Budget Wonk",
            "screen_name" : "budgetwonk",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1100000087109261327",
            "id" : "1100000087109261327"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1895085241842439515",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1895085241842439515",
      "created_at" : "Thu Feb 27 12:15:05 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @budgetwonk: Adult social care now takes well over half of many councils' budgets.  Everything else fights over what's left.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894014119954619739"
          ],
          "editableUntil" : "2025-02-24T14:18:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Cllr Anne Kaye (parody)",
            "screen_name" : "CouncillorKaye",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1100000055433166299",
            "id" : "1100000055433166299"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "58"
      ],
      "favorite_count" : "4",
      "id_str" : "1894014119954619739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894014119954619739",
      "created_at" : "Mon Feb 24 13:18:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@CouncillorKaye Best parody account on here by a distance.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1894004804680229323",
      "in_reply_to_status_id" : "1894004804680229323",
      "in_reply_to_user_id" : "1100000055433166299",
      "in_reply_to_user_id_str" : "1100000055433166299",
      "in_reply_to_screen_name" : "CouncillorKaye"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893248919622860564"
          ],
          "editableUntil" : "2025-02-22T11:38:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Desk Jockey",
            "screen_name" : "deskjockey_uk",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1100000095028285084",
            "id" : "1100000095028285084"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "58"
      ],
      "favorite_count" : "2",
      "id_str" : "1893248919622860564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893248919622860564",
      "created_at" : "Sat Feb 22 10:38:11 +0000 2025",
      "favorited" : false,
      "full_text" : "@deskjockey_uk The one radiator setting thing is too real.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1893237842638458071",
      "in_reply_to_status_id" : "1893237842638458071",
      "in_reply_to_user_id" : "1100000095028285084",
      "in_reply_to_user_id_str" : "1100000095028285084",
      "in_reply_to_screen_name" : "deskjockey_uk"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893067567024637535"
          ],
          "editableUntil" : "2025-02-21T23:37:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "1893067567024637535",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1893067567024637535",
      "created_at" : "Fri Feb 21 22:37:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Half term. Working from home with a nine-year-old who has decided she is a journalist and wants to interview me 'about the council'.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891833113449815438"
          ],
          "editableUntil" : "2025-02-18T13:52:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TVvQkr1Ijq",
            "expanded_url" : "http://intranet.wyc.local/planning/validation/checklist-2025.docx",
            "display_url" : "intranet.wyc.local/planni…",
            "indices" : [
              "82",
              "105"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "2",
      "id_str" : "1891833113449815438",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1891833113449815438",
      "created_at" : "Tue Feb 18 12:52:17 +0000 2025",
      "favorited" : false,
      "full_text" : "For those of you in the building asking where the new validation checklist lives: https://t.co/TVvQkr1Ijq (you're welcome)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890718203084615350"
          ],
          "editableUntil" : "2025-02-15T12:02:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1890718203084615350",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1890718203084615350",
      "created_at" : "Sat Feb 15 11:02:02 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @PlanningPete: Public service announcement: a 'right to light' is not a planning matter. Please stop asking me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889659086213036425"
          ],
          "editableUntil" : "2025-02-12T13:53:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Meg",
            "screen_name" : "MunicipalMeg",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000102947308841",
            "id" : "1100000102947308841"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "69"
      ],
      "favorite_count" : "4",
      "id_str" : "1889659086213036425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889659086213036425",
      "created_at" : "Wed Feb 12 12:53:28 +0000 2025",
      "favorited" : false,
      "full_text" : "@MunicipalMeg That's brilliant news, congratulations.  Well deserved.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1889649267440049053",
      "in_reply_to_status_id" : "1889649267440049053",
      "in_reply_to_user_id" : "1100000102947308841",
      "in_reply_to_user_id_str" : "1100000102947308841",
      "in_reply_to_screen_name" : "MunicipalMeg"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889454746982258114"
          ],
          "editableUntil" : "2025-02-12T00:21:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "4",
      "id_str" : "1889454746982258114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889454746982258114",
      "created_at" : "Tue Feb 11 23:21:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Dog walked, kids in bed, tea made. Nobody speak to me for an hour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889392211320133899"
          ],
          "editableUntil" : "2025-02-11T20:13:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "14",
      "id_str" : "1889392211320133899",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1889392211320133899",
      "created_at" : "Tue Feb 11 19:13:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Enforcement complaint about a neighbour's 'unauthorised trampoline'. We are not the trampoline police. Although.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888924905863254871"
          ],
          "editableUntil" : "2025-02-10T13:16:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "6",
      "id_str" : "1888924905863254871",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1888924905863254871",
      "created_at" : "Mon Feb 10 12:16:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Grey, drizzly, eight degrees.  Yorkshire's default setting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888731314853087532"
          ],
          "editableUntil" : "2025-02-10T00:26:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "4",
      "id_str" : "1888731314853087532",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888731314853087532",
      "created_at" : "Sun Feb 09 23:26:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Writing this on a Sunday night with the dread. You know the dread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888341167654170900"
          ],
          "editableUntil" : "2025-02-08T22:36:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "1888341167654170900",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1888341167654170900",
      "created_at" : "Sat Feb 08 21:36:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Cup run over before it began. At least the weekend is free.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887856371598857503"
          ],
          "editableUntil" : "2025-02-07T14:30:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1887856371598857503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1887856371598857503",
      "created_at" : "Fri Feb 07 13:30:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Blue sky, cold air, first frost on the grass.  Best kind of morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887640348690175655"
          ],
          "editableUntil" : "2025-02-07T00:11:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "9",
      "id_str" : "1887640348690175655",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1887640348690175655",
      "created_at" : "Thu Feb 06 23:11:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Wife's away with work. Kids and I have had fish fingers three nights running. Nobody is complaining.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887594503506115883"
          ],
          "editableUntil" : "2025-02-06T21:09:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1887594503506115883",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1887594503506115883",
      "created_at" : "Thu Feb 06 20:09:34 +0000 2025",
      "favorited" : false,
      "full_text" : "It's light at 17:00 again. Spring is coming. I can feel it in my soul and in my electricity bill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887116029517303823"
          ],
          "editableUntil" : "2025-02-05T13:28:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "3",
      "id_str" : "1887116029517303823",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1887116029517303823",
      "created_at" : "Wed Feb 05 12:28:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Budget briefing for our directorate this morning.  'Efficiencies' of £2.3m.  Nobody said the word redundancies but everybody heard it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886886874589391635"
          ],
          "editableUntil" : "2025-02-04T22:17:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1886886874589391635",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1886886874589391635",
      "created_at" : "Tue Feb 04 21:17:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Council tax going up the maximum again. I get the emails. I also see the spreadsheet. Nobody wins this one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885981604295074853"
          ],
          "editableUntil" : "2025-02-02T10:20:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1885981604295074853",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885981604295074853",
      "created_at" : "Sun Feb 02 09:20:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Minus four this morning. Scraped the car with a loyalty card.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885746280954891451"
          ],
          "editableUntil" : "2025-02-01T18:45:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "4",
      "id_str" : "1885746280954891451",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885746280954891451",
      "created_at" : "Sat Feb 01 17:45:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Watched the rugby with my father-in-law. He explained the offside rule. I still don't understand it. Neither does he.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885645560940578510"
          ],
          "editableUntil" : "2025-02-01T12:05:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "9",
      "id_str" : "1885645560940578510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885645560940578510",
      "created_at" : "Sat Feb 01 11:05:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Leisurely Saturday. Crossword, coffee, a proper breakfast. Bliss.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884590811180464296"
          ],
          "editableUntil" : "2025-01-29T14:13:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "6",
      "id_str" : "1884590811180464296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1884590811180464296",
      "created_at" : "Wed Jan 29 13:13:58 +0000 2025",
      "favorited" : false,
      "full_text" : "A member of the public called me 'a faceless bureaucrat' today.  Fair on the bureaucrat.  I'd argue with faceless.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884017253803743104"
          ],
          "editableUntil" : "2025-01-28T00:14:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "14",
      "id_str" : "1884017253803743104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1884017253803743104",
      "created_at" : "Mon Jan 27 23:14:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Just realised I've been in this job longer than some of my colleagues have been alive. Going to lie down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883457670672812544"
          ],
          "editableUntil" : "2025-01-26T11:11:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "1",
      "id_str" : "1883457670672812544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1883457670672812544",
      "created_at" : "Sun Jan 26 10:11:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Snow! Proper snow! The children are outside in it and I'm inside in my dressing gown pretending to supervise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1883204399862137485"
          ],
          "editableUntil" : "2025-01-25T18:24:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "14",
      "id_str" : "1883204399862137485",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1883204399862137485",
      "created_at" : "Sat Jan 25 17:24:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Some days you make a difference. Most days you make a spreadsheet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882870022062472982"
          ],
          "editableUntil" : "2025-01-24T20:16:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Parish Pump",
            "screen_name" : "ParishPumpHQ",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1100000047514142542",
            "id" : "1100000047514142542"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "0",
      "id_str" : "1882870022062472982",
      "truncated" : false,
      "retweet_count" : "56",
      "id" : "1882870022062472982",
      "created_at" : "Fri Jan 24 19:16:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ParishPumpHQ: Our annual village fete raised £2,340 for the community hall roof. Thank you to everyone who came and bought cake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882565437276600465"
          ],
          "editableUntil" : "2025-01-24T00:05:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "14",
      "id_str" : "1882565437276600465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1882565437276600465",
      "created_at" : "Thu Jan 23 23:05:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Rain hammering on the conservatory roof. Proper cosy night in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881972893288050922"
          ],
          "editableUntil" : "2025-01-22T08:51:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1881972893288050922",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1881972893288050922",
      "created_at" : "Wed Jan 22 07:51:17 +0000 2025",
      "favorited" : false,
      "full_text" : "The 7:42 from Horsforth is cancelled again. Northern, you have one job. Standing on the platform with the same twelve faces as every morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881837607238785580"
          ],
          "editableUntil" : "2025-01-21T23:53:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "14",
      "id_str" : "1881837607238785580",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881837607238785580",
      "created_at" : "Tue Jan 21 22:53:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Wind's taken the fence panel again. Third time this winter. I am in a personal feud with the weather.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881684394879918947"
          ],
          "editableUntil" : "2025-01-21T13:44:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "14",
      "id_str" : "1881684394879918947",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881684394879918947",
      "created_at" : "Tue Jan 21 12:44:54 +0000 2025",
      "favorited" : false,
      "full_text" : "School's shut for snow.  Working from home with two kids and a dog who thinks snow is the enemy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881316180337463459"
          ],
          "editableUntil" : "2025-01-20T13:21:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "6",
      "id_str" : "1881316180337463459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1881316180337463459",
      "created_at" : "Mon Jan 20 12:21:45 +0000 2025",
      "favorited" : false,
      "full_text" : "The heating in the office is broken and it is January.  We are all wearing coats at our desks like a Dickens adaptation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880030126018118441"
          ],
          "editableUntil" : "2025-01-17T00:11:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "6",
      "id_str" : "1880030126018118441",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1880030126018118441",
      "created_at" : "Thu Jan 16 23:11:25 +0000 2025",
      "favorited" : false,
      "full_text" : "There is a particular kind of silence when a councillor asks a question the officer report answers on page 3.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879146770791300142"
          ],
          "editableUntil" : "2025-01-14T13:41:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "4",
      "id_str" : "1879146770791300142",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1879146770791300142",
      "created_at" : "Tue Jan 14 12:41:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Third planning committee of the month tomorrow.  As a planning officer you learn to love a 90-page agenda pack and a cold cup of tea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878919457528276329"
          ],
          "editableUntil" : "2025-01-13T22:38:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "1878919457528276329",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878919457528276329",
      "created_at" : "Mon Jan 13 21:38:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Budget papers out. Libraries, parks, road gritting. Pick two, apparently.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878792400167839864"
          ],
          "editableUntil" : "2025-01-13T14:13:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1878792400167839864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878792400167839864",
      "created_at" : "Mon Jan 13 13:13:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Rained every day for eleven days.  The garden is a pond.  The pond is thrilled.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878407216188901491"
          ],
          "editableUntil" : "2025-01-12T12:42:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1878407216188901491",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1878407216188901491",
      "created_at" : "Sun Jan 12 11:42:34 +0000 2025",
      "favorited" : false,
      "full_text" : "Telly, tea, a blanket and the heating on 19. The luxury of middle age.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878395696657812767"
          ],
          "editableUntil" : "2025-01-12T11:56:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "4",
      "id_str" : "1878395696657812767",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1878395696657812767",
      "created_at" : "Sun Jan 12 10:56:47 +0000 2025",
      "favorited" : false,
      "full_text" : "Wife asked what I wanted for tea. I said 'anything'. That, it turns out, was the wrong answer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877337494967835130"
          ],
          "editableUntil" : "2025-01-09T13:51:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "1877337494967835130",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1877337494967835130",
      "created_at" : "Thu Jan 09 12:51:52 +0000 2025",
      "favorited" : false,
      "full_text" : "People think planning is about buildings.  It's about people arguing over buildings, which is a different job altogether.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876397290256429087"
          ],
          "editableUntil" : "2025-01-06T23:35:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pete | planning nerd",
            "screen_name" : "PlanningPete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1100000007919023757",
            "id" : "1100000007919023757"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1876397290256429087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876397290256429087",
      "created_at" : "Mon Jan 06 22:35:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@PlanningPete This is the most planning tweet I have ever read and I love it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1876390745342971343",
      "in_reply_to_status_id" : "1876390745342971343",
      "in_reply_to_user_id" : "1100000007919023757",
      "in_reply_to_user_id_str" : "1100000007919023757",
      "in_reply_to_screen_name" : "PlanningPete"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876371903833884019"
          ],
          "editableUntil" : "2025-01-06T21:54:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1876371903833884019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876371903833884019",
      "created_at" : "Mon Jan 06 20:54:57 +0000 2025",
      "favorited" : false,
      "full_text" : "New Year's resolution: reply to emails within a working day. Let's see how long that lasts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876257294013220913"
          ],
          "editableUntil" : "2025-01-06T14:19:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "2",
      "id_str" : "1876257294013220913",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876257294013220913",
      "created_at" : "Mon Jan 06 13:19:32 +0000 2025",
      "favorited" : false,
      "full_text" : "First week back after Christmas and the inbox is a crime scene.",
      "lang" : "en"
    }
  }
]