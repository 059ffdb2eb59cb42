// Package resize is the thumbnail function's handler, apart from its main
// package so that benchmarks can run the same code natively (see
// runtime/bench_test.go).
package resize

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // decode JPEG uploads
	"image/png"
	"io"
	"net/http"
	"strconv"

	"golang.org/x/image/draw"
)

const (
	maxSide   = 2048     // of the thumbnail
	maxInput  = 32 << 20 // bytes of the uploaded image
	maxPixels = 40 << 20 // of the uploaded image: 160 MiB decoded as RGBA
)

// Handler resizes the PNG or JPEG image in the request body and answers
// with a PNG: ?w=128 sets the width (default 128, at most 2048), ?h= the
// height; a missing dimension keeps the aspect ratio.
func Handler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost && r.Method != http.MethodPut {
		w.Header().Set("Allow", "POST, PUT")
		http.Error(w, "send the image as the body of a POST", http.StatusMethodNotAllowed)
		return
	}
	width, err := dimension(r, "w")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	height, err := dimension(r, "h")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxInput+1))
	if err != nil {
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	if len(data) > maxInput {
		http.Error(w, fmt.Sprintf("image over %d bytes", maxInput), http.StatusRequestEntityTooLarge)
		return
	}
	// Check the dimensions before decoding: a small file can claim a huge
	// image, and decoding it would only run into the level's memory cap.
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		http.Error(w, "decode image: "+err.Error(), http.StatusUnsupportedMediaType)
		return
	}
	if cfg.Width*cfg.Height > maxPixels {
		http.Error(w, fmt.Sprintf("image is %dx%d, over %d pixels", cfg.Width, cfg.Height, maxPixels), http.StatusRequestEntityTooLarge)
		return
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		http.Error(w, "decode image: "+err.Error(), http.StatusUnsupportedMediaType)
		return
	}
	b := src.Bounds()
	if b.Dx() == 0 || b.Dy() == 0 {
		http.Error(w, "empty image", http.StatusUnprocessableEntity)
		return
	}
	switch {
	case width == 0 && height == 0:
		width = 128
		fallthrough
	case height == 0:
		height = max(1, width*b.Dy()/b.Dx())
	case width == 0:
		width = max(1, height*b.Dx()/b.Dy())
	}
	dst := image.NewRGBA(image.Rect(0, 0, min(width, maxSide), min(height, maxSide)))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	var out bytes.Buffer
	if err := png.Encode(&out, dst); err != nil {
		http.Error(w, "encode PNG: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Write(out.Bytes())
}

func dimension(r *http.Request, name string) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxSide {
		return 0, fmt.Errorf("%s must be a whole number from 1 to %d", name, maxSide)
	}
	return n, nil
}
