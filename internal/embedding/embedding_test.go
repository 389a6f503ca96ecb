package embedding_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/embedding"
)

func norm(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

func dot(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestLocalUnitAndNeverZero(t *testing.T) {
	var l embedding.Local
	for _, text := range []string{
		"", " ", "\n\u3000", "。,;!?", "法", "2019", "abc",
		"我局充分利用12·4法制宣传日等时间节点举办普法宣传活动",
		strings.Repeat("依法行政", 2000),
	} {
		v := l.Vector(text)
		if len(v) != embedding.LocalDim {
			t.Fatalf("%q: dim %d, want %d", text, len(v), embedding.LocalDim)
		}
		if n := norm(v); math.Abs(n-1) > 1e-5 {
			t.Errorf("%q: norm %v, want 1", text, n)
		}
		for _, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				t.Fatalf("%q: non-finite component", text)
			}
		}
	}
}

func TestLocalDeterministic(t *testing.T) {
	var l embedding.Local
	text := "清城区民政局2024年举办法治宣传活动15场"
	a := l.Vector(text)
	for range 5 {
		if b := l.Vector(text); !slices.Equal(a, b) {
			t.Fatal("Vector is not deterministic")
		}
	}
	// Embed agrees with Vector, in order.
	vs, err := l.Embed(context.Background(), []string{text, "", "另一段"})
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 3 || !slices.Equal(vs[0], a) || !slices.Equal(vs[1], l.Vector("")) || !slices.Equal(vs[2], l.Vector("另一段")) {
		t.Error("Embed differs from Vector")
	}
	if !strings.Contains(l.Name(), strconv.Itoa(embedding.LocalDim)) {
		t.Errorf("Name %q should record the dimension", l.Name())
	}
}

// TestLocalWidthBlind: full-width and half-width spellings embed alike.
func TestLocalWidthBlind(t *testing.T) {
	var l embedding.Local
	a := l.Vector("（一）举办普法活动１２场，覆盖ＡＢＣ社区")
	b := l.Vector("(一)举办普法活动12场,覆盖abc社区")
	if !slices.Equal(a, b) {
		t.Errorf("cos %.3f, want identical vectors", dot(a, b))
	}
}

func TestLocalSimilarity(t *testing.T) {
	var l embedding.Local
	tests := []struct {
		name                 string
		query, near, unrelat string
	}{
		{"paraphrase of a passage",
			"普法宣传活动举办了多少场",
			"我局充分利用12·4法制宣传日等时间节点举办普法宣传活动,发放宣传资料",
			"工程项目单位按水利基建程序做好前期工作,完成工程可研、立项、初设"},
		{"same topic",
			"社会组织年检参检情况",
			"应参检的社会组织208个,实际参检171个,参检率82%",
			"加强新冠疫情隔离点隔离人员心理干预,开展日常健康监测"},
		{"plan task",
			"局办公室牵头的宪法宣传任务",
			"组织开展好国家宪法日和宪法宣传周集中宣传活动(局办公室、市民政执法大队牵头)",
			"严格执行资金拨付及账户管理程序,通过国库集中支付方式下拨资金"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := l.Vector(tt.query)
			near, far := dot(q, l.Vector(tt.near)), dot(q, l.Vector(tt.unrelat))
			if near <= far {
				t.Errorf("cos(query, related) %.3f <= cos(query, unrelated) %.3f", near, far)
			}
			if self := dot(q, q); math.Abs(self-1) > 1e-5 {
				t.Errorf("self-similarity %v", self)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	v := embedding.Normalize([]float32{3, 4})
	if math.Abs(float64(v[0])-0.6) > 1e-6 || math.Abs(float64(v[1])-0.8) > 1e-6 {
		t.Errorf("Normalize(3,4) = %v", v)
	}
	// A zero vector becomes a fixed unit vector, never NaN downstream.
	z := embedding.Normalize(make([]float32, 4))
	if norm(z) != 1 {
		t.Errorf("Normalize(zero) = %v", z)
	}
	if got := embedding.Normalize(nil); len(got) != 0 {
		t.Errorf("Normalize(nil) = %v", got)
	}
}

// fakeClient stands in for internal/llm's client: Remote only needs the
// RemoteClient interface, and the wire itself is tested in internal/llm.
type fakeClient struct {
	vecs [][]float32
	err  error
}

func (f fakeClient) Embed(context.Context, []string) ([][]float32, error) { return f.vecs, f.err }
func (f fakeClient) EmbedModel() string                                   { return "bge-m3" }

func TestRemote(t *testing.T) {
	r := embedding.Remote{Client: fakeClient{vecs: [][]float32{{3, 4}, {0, 0}}}}
	if r.Name() != "openai:bge-m3" {
		t.Errorf("Name %q", r.Name())
	}
	vs, err := r.Embed(context.Background(), []string{"a", ""})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vs {
		if math.Abs(norm(v)-1) > 1e-6 {
			t.Errorf("vector %d not unit: %v", i, v)
		}
	}
	boom := errors.New("boom")
	if _, err := (embedding.Remote{Client: fakeClient{err: boom}}).Embed(context.Background(), []string{"a"}); !errors.Is(err, boom) {
		t.Errorf("error %v, want the client's", err)
	}
}

func BenchmarkLocalVector(b *testing.B) {
	var l embedding.Local
	s := strings.Repeat("我局充分利用12·4法制宣传日等时间节点举办普法宣传活动。", 10)
	for b.Loop() {
		l.Vector(s)
	}
}
