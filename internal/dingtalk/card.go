package dingtalk

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"
)

// accessToken is the app's OpenAPI token, cached until shortly before it
// expires (two hours).
func (b *Bot) accessToken(ctx context.Context) (string, error) {
	b.tokenMu.Lock()
	defer b.tokenMu.Unlock()
	if b.token != "" && time.Now().Before(b.tokenExp) {
		return b.token, nil
	}
	var out struct {
		AccessToken string `json:"accessToken"`
		ExpireIn    int    `json:"expireIn"`
	}
	err := b.post(ctx, http.MethodPost, b.cfg.APIURL+"/v1.0/oauth2/accessToken", "",
		map[string]string{"appKey": b.cfg.ClientID, "appSecret": b.cfg.ClientSecret}, &out)
	if err != nil {
		return "", fmt.Errorf("获取钉钉 accessToken 失败: %w", err)
	}
	if out.AccessToken == "" {
		return "", fmt.Errorf("钉钉没有返回 accessToken")
	}
	b.token = out.AccessToken
	b.tokenExp = time.Now().Add(time.Duration(out.ExpireIn)*time.Second - 5*time.Minute)
	return b.token, nil
}

// openCard creates an AI card from the template where the message came
// from (the group, or the 1:1 chat with the robot) and shows the
// placeholder in it.
func (r *reply) openCard(ctx context.Context) error {
	b, m := r.b, r.m
	token, err := b.accessToken(ctx)
	if err != nil {
		return err
	}
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	track := "gongwen-" + hex.EncodeToString(rnd[:])
	body := map[string]any{
		"cardTemplateId": b.cfg.CardTemplateID,
		"outTrackId":     track,
		"callbackType":   "STREAM",
		"cardData":       map[string]any{"cardParamMap": map[string]string{b.cfg.CardKey: ""}},
	}
	if m.ConversationType == "2" {
		body["openSpaceId"] = "dtv1.card//IM_GROUP." + m.ConversationId
		body["imGroupOpenSpaceModel"] = map[string]any{"supportForward": true}
		body["imGroupOpenDeliverModel"] = map[string]any{"robotCode": b.cfg.ClientID}
	} else {
		user := m.SenderStaffId
		if user == "" {
			user = m.SenderId
		}
		body["openSpaceId"] = "dtv1.card//IM_ROBOT." + user
		body["imRobotOpenSpaceModel"] = map[string]any{"supportForward": true}
		body["imRobotOpenDeliverModel"] = map[string]any{"spaceType": "IM_ROBOT"}
	}
	if err := b.post(ctx, http.MethodPost, b.cfg.APIURL+"/v1.0/card/instances/createAndDeliver", token, body, nil); err != nil {
		return err
	}
	r.trackID = track
	return b.streamCard(ctx, track, "正在查找…", false)
}

// streamCard replaces the card's Markdown with text (isFull: each update
// is the whole text so far); the last update finalizes the card.
func (b *Bot) streamCard(ctx context.Context, track, text string, final bool) error {
	token, err := b.accessToken(ctx)
	if err != nil {
		return err
	}
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	body := map[string]any{
		"outTrackId": track, "guid": hex.EncodeToString(rnd[:]), "key": b.cfg.CardKey,
		"content": text, "isFull": true, "isFinalize": final, "isError": false,
	}
	return b.post(ctx, http.MethodPut, b.cfg.APIURL+"/v1.0/card/streaming", token, body, nil)
}
