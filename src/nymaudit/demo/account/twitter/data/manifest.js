window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1187462230951268352",
    "userName" : "QuietClerk",
    "displayName" : "Quiet Clerk"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2026-03-07T09:02:11.418Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "350"
        }
      ]
    },
    "deletedTweets" : {
      "mediaDirectory" : "data/deleted_tweets_media",
      "files" : [
        {
          "fileName" : "data/deleted-tweets.js",
          "globalName" : "YTD.deleted_tweets.part0",
          "count" : "5"
        }
      ]
    }
  }
}