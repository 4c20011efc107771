window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "quietclerk.writes@proton.me",
      "createdVia" : "web",
      "username" : "QuietClerk",
      "accountId" : "1187462230951268352",
      "createdAt" : "2019-10-24T20:14:51.000Z",
      "accountDisplayName" : "Quiet Clerk"
    }
  }
]