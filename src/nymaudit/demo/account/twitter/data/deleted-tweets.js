window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016650566006948999"
          ],
          "editableUntil" : "2026-01-29T00:12:17.000Z",
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
        "139"
      ],
      "favorite_count" : "4",
      "id_str" : "2016650566006948999",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2016650566006948999",
      "created_at" : "Wed Jan 28 23:12:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Some councillors read the officer report. Some read the first page. One read neither and still had the loudest opinion in the room tonight.",
      "lang" : "en",
      "deleted_at" : "Thu Jan 29 08:12:17 +0000 2026"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988700899925637012"
          ],
          "editableUntil" : "2025-11-12T21:10:17.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1988700899925637012",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1988700899925637012",
      "created_at" : "Wed Nov 12 20:10:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Our Priya has just been made team leader and nobody deserves it more. Drinks on Friday.",
      "lang" : "en",
      "deleted_at" : "Thu Nov 13 08:10:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965895129059232933"
          ],
          "editableUntil" : "2025-09-10T22:48:17.000Z",
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
      "id_str" : "1965895129059232933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965895129059232933",
      "created_at" : "Wed Sep 10 21:48:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Walked past my own name on a committee report in the library display this afternoon. Strange feeling.",
      "lang" : "en",
      "deleted_at" : "Thu Sep 11 02:48:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925152163331497580"
          ],
          "editableUntil" : "2025-05-21T12:30:17.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1925152163331497580",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1925152163331497580",
      "created_at" : "Wed May 21 11:30:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Anyone else at WYCC getting the new Teams phones this week?  Mine has been ringing for an hour and I can't find the button.",
      "lang" : "en",
      "deleted_at" : "Wed May 21 12:00:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897039420268764262"
          ],
          "editableUntil" : "2025-03-04T22:40:17.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1897039420268764262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897039420268764262",
      "created_at" : "Tue Mar 04 21:40:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Sat next to the Chief Exec at the away day and she asked what I did. Said planning. She said 'oh, the slow department'. Lovely.",
      "lang" : "en",
      "deleted_at" : "Tue Mar 04 23:40:17 +0000 2025"
    }
  }
]