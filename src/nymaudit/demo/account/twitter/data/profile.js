window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Views my own, obviously. Twenty years in local government. Planning, potholes, committee papers and the occasional rant about trains. Leeds fan, sadly.",
        "website" : "https://t.co/Qk3vN8dLxP",
        "location" : "God's own county"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1187463301223497729/Xk2pL9Qa.jpg"
    }
  }
]