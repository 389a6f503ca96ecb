package slackbot

import "github.com/gongwen/gongwen/internal/chat"

// FeedbackRecord is one line of the feedback log, shared with the other
// channels.
type FeedbackRecord = chat.Feedback
